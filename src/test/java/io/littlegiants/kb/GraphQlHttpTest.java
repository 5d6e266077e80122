package io.littlegiants.kb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A test of the whole app over HTTP on a random port, with an {@link HttpGraphQlTester}
 * whose response timeout no healthy request reaches. The testers' own default (5 s)
 * failed correct builds on a busy machine: a cold analytic request can take that long
 * there. Every GraphQL test client gets its timeout here, and nowhere else.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.test.webtestclient.timeout=" + GraphQlHttpTest.RESPONSE_TIMEOUT)
@AutoConfigureHttpGraphQlTester
@Import(GraphQlHttpTest.PatientTesters.class)
public @interface GraphQlHttpTest {

	/**
	 * How long a test waits for one response: far beyond any healthy request, even with
	 * another build running, yet a hung request still fails the build.
	 */
	String RESPONSE_TIMEOUT = "PT2M";

	/**
	 * Gives every GraphQL tester in the context, over HTTP or in-process, the same
	 * timeout as the web test client under it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	class PatientTesters {

		@Bean
		static BeanPostProcessor patientGraphQlTesters() {
			Duration timeout = Duration.parse(RESPONSE_TIMEOUT);
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof HttpGraphQlTester tester) {
						return tester.mutate().responseTimeout(timeout).build();
					}
					if (bean instanceof ExecutionGraphQlServiceTester tester) {
						return tester.mutate().responseTimeout(timeout).build();
					}
					return bean;
				}
			};
		}

	}

}
