package io.littlegiants.kb.ingest.importer;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.littlegiants.kb.TestDatabase;
import io.littlegiants.kb.catalog.CatalogService;
import io.littlegiants.kb.catalog.DataVersion;
import io.littlegiants.kb.exposure.EuExposure;
import io.littlegiants.kb.firm.SearchTexts;
import io.littlegiants.kb.ingest.DatasetLoader;
import io.littlegiants.kb.ingest.GraphSnapshot;
import io.littlegiants.kb.ingest.Subcommands;
import io.littlegiants.kb.ingest.synthetic.PyramidGenerator;
import io.littlegiants.kb.ingest.synthetic.SyntheticData;
import io.littlegiants.kb.quality.QualityGate;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The importer on the shipped dataset (one database for the class): golden files per
 * format, entity resolution, provenance, idempotence and the malformed-file corpus. Tests
 * use their own sources, so each one's effects can be told apart from the others'.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestDatabase(shippedData = true)
@Order(4) // a long class: started early (see junit-platform.properties)
class ImporterTests {

	@Autowired
	Importer importer;

	@Autowired
	Driver driver;

	@Autowired
	io.littlegiants.kb.exposure.ExposureAnalysis exposure;

	@TempDir
	Path dir;

	@Test
	void importsAnMiitListInUtf8AndTheSameListInGb18030ToTheSameFacts() throws Exception {
		ImportReport utf8 = run(copy("list-zhejiang-utf8.csv"), list("2"), "--source-title", "Zhejiang test list");
		// Rows 1 and 2 are listed Little Giants already shipped (batch 2, review 2023):
		// confirmed by a second source. Row 3 differs from row 1 only in its legal form
		// (有限公司, not 股份有限公司): a different firm, never merged. Row 4 is new.
		assertThat(utf8.rows()).isEqualTo(4);
		assertThat(utf8.rejected()).isZero();
		assertThat(utf8.merged()).isEqualTo(2);
		assertThat(utf8.updated()).isEqualTo(2);
		assertThat(utf8.created()).isEqualTo(2);
		assertThat(single("MATCH (f:Firm {nameZh: '浙江铖昌科技有限公司'}) RETURN count(f) AS n")).isEqualTo(1L);
		assertThat(single("MATCH (f:Firm {nameZh: '浙江铖昌科技有限公司'}) RETURN f.pinyinText AS n"))
			.as("a new firm is found by the pinyin of its name at once")
			.asString()
			.contains("zhejiang", "chengchang", "keji");
		assertThat(single("""
				MATCH (f:Firm {id: 'cn-ashare-001270'})-[:HOLDS]->(c:Certification {tier: 'LITTLE_GIANT', batch: 2})
				RETURN count(c) AS n""")).as("confirmed, not duplicated").isEqualTo(1L);
		assertThat(single("""
				MATCH (f:Firm {id: 'cn-ashare-001270'})-[:HOLDS]->(c:Certification {batch: 2})
				MATCH (s:Source {title: 'Zhejiang test list'})
				RETURN s.id IN c.sourceIds AND size(c.sourceIds) >= 2 AS n""")).as("the list is one more source")
			.isEqualTo(true);
		// The GB18030 file has the same text: same firms, same certifications,
		// nothing new.
		ImportReport gb = run(copy("list-zhejiang-gb18030.csv"), list("2"), "--source-title", "Zhejiang test list");
		assertThat(gb.rejected()).isZero();
		assertThat(gb.created()).isZero();
		assertThat(gb.unchanged()).isEqualTo(4);
		assertThat(single("MATCH (:NameKey {key: '某某(杭州)精密传动有限公司'})-[:NAMES]->(f:Firm) RETURN count(f) AS n"))
			.as("full-width brackets and 有限责任公司 normalised: one firm")
			.isEqualTo(1L);
	}

	@Test
	void anImportWritesThePinyinOfTheNamesItWritesAndOfNoOthers() throws Exception {
		// A name changed over Bolt, not by the importer: the server's next start catches
		// up on it; an import does not scan every organization for such names (at 1.1
		// million firms, seconds for every file, however small).
		Object before = single("MATCH (o:Organization {id: 'cn-byd'}) RETURN o.pinyinText AS n");
		try (var session = this.driver.session()) {
			session.run("MATCH (o:Organization {id: 'cn-byd'}) SET o.shortNameZh = '比亚迪汽车'").consume();
		}
		try {
			Path file = this.dir.resolve("pinyin-list.csv");
			Files.writeString(file, "序号,企业名称,所在地区\n1,拼音测试精密科技有限公司,江苏省\n");
			ImportReport report = run(file, list("5"), "--source-title", "Pinyin test list");
			assertThat(report.created()).isEqualTo(1);
			assertThat(single("MATCH (f:Firm {nameZh: '拼音测试精密科技有限公司'}) RETURN f.pinyinText AS n")).asString()
				.contains("pinyin", "ceshi", "jingmi");
			assertThat(single("MATCH (o:Organization {id: 'cn-byd'}) RETURN o.pinyinText AS n")).isEqualTo(before);
			assertThat(single("MATCH (o:Firm {nameZh: '拼音测试精密科技有限公司'}) RETURN o.nameText = " + SearchTexts.NAME_TEXT
					+ " AND o.pinyinOf = o.nameZh + '|' AS n"))
				.as("written with the firm, the texts a refresh would write")
				.isEqualTo(true);
		}
		finally {
			try (var session = this.driver.session()) {
				session.run("MATCH (o:Organization {id: 'cn-byd'}) SET o.shortNameZh = '比亚迪'").consume();
			}
		}
	}

	@Test
	void aByteOrderMarkIsNotPartOfTheFirstColumnName() throws Exception {
		ImportReport report = run(copy("list-with-bom.csv"), list("5"), "--source-title", "BOM test");
		assertThat(report.rejected()).isZero();
		assertThat(report.created()).isEqualTo(1);
		assertThat(single("MATCH (f:Firm {nameZh: '带字节序标记科技有限公司'}) RETURN f.provinceCode AS n")).isEqualTo("32");
	}

	@Test
	void importingTheSameFileTwiceChangesNothing() throws Exception {
		Path file = copy("relations-names.csv");
		ImportReport first = run(file, "--format", "relations", "--source-title", "Idempotence test");
		assertThat(first.rejected()).isZero();
		List<String> before = GraphSnapshot.of(this.driver);
		ImportReport second = run(file, "--format", "relations", "--source-title", "Idempotence test");
		assertThat(second.unchanged()).isEqualTo(3);
		assertThat(second.created() + second.updated()).isZero();
		assertThat(GraphSnapshot.of(this.driver)).isEqualTo(before);
	}

	@Test
	void rowsNamingTheSameOrganizationsGetTheirOwnEnds() throws Exception {
		// One customer on three rows and a supplier on two, in one batch: each distinct
		// name is looked up once, and every row still gets its own ends.
		Path file = this.dir.resolve("repeated-names.csv");
		Files.writeString(file, """
				from,relation,to
				cn-ashare-002379,supplies,比亚迪
				cn-ashare-002387,supplies,比亚迪
				cn-ashare-002379,competes with,cn-ashare-002410
				cn-ashare-002410,supplies,比亚迪
				""");
		ImportReport report = run(file, "--format", "relations", "--source-title", "Repeated names test");
		assertThat(report.rejected()).isZero();
		assertThat(report.merged()).isEqualTo(8);
		assertThat(single("""
				MATCH (s:Source {title: 'Repeated names test'})
				MATCH (a:Organization)-[r]->(b:Organization) WHERE s.id IN r.sourceIds
				WITH a.id + ' ' + type(r) + ' ' + b.id AS relation ORDER BY relation
				RETURN collect(relation) AS n"""))
			.isEqualTo(List.of("cn-ashare-002379 COMPETES_WITH cn-ashare-002410", "cn-ashare-002379 SUPPLIES cn-byd",
					"cn-ashare-002387 SUPPLIES cn-byd", "cn-ashare-002410 SUPPLIES cn-byd"));
	}

	@Test
	void resolvesOneFirmUnderItsShortLegalAndEnglishNames() throws Exception {
		ImportReport report = run(copy("relations-names.csv"), "--format", "relations", "--source-title",
				"Resolution test");
		// 安达科技 (short), 贵州安达科技能源股份有限公司 (legal) and the English name with "Company
		// Limited" spelled out all mean cn-guizhou-anda; the targets are CATL (legal),
		// BYD (short) and CALB (id). Each relation exists already and gains the source.
		assertThat(report.rejected()).isZero();
		assertThat(report.merged()).isEqualTo(6);
		Path decisions = this.dir.resolve("relations-names.csv.resolution.csv");
		assertThat(Files.readAllLines(decisions))
			.anySatisfy(l -> assertThat(l).contains("安达科技,EXISTING,cn-guizhou-anda,short name"))
			.anySatisfy(l -> assertThat(l).contains("EXISTING,cn-guizhou-anda,legal name"))
			.anySatisfy(l -> assertThat(l).contains("EXISTING,cn-guizhou-anda,English name"));
		assertThat(single("""
				MATCH (:Firm {id: 'cn-guizhou-anda'})-[r:SUPPLIES]->(:Firm {id: 'cn-catl'})
				RETURN r.amount AS n""")).isEqualTo(1000000.0);
		assertThat(single(
				"MATCH (:Firm {id: 'cn-guizhou-anda'})-[r:SUPPLIES]->(:Firm {id: 'cn-catl'}) RETURN count(r) AS n"))
			.isEqualTo(1L);
	}

	@Test
	void anAmbiguousNameIsReportedAndLeftAloneUnlessTheAliasFileDecides() throws Exception {
		try (var session = this.driver.session()) {
			session
				.run("""
						CREATE (a:Organization:Firm {id: 'cn-twin-a', kind: 'FIRM', name: 'Twin A', country: 'CN', sourceIds: []}),
						       (b:Organization:Firm {id: 'cn-twin-b', kind: 'FIRM', name: 'Twin B', country: 'CN', sourceIds: []})
						MERGE (k:NameKey {key: '同名科技'})
						CREATE (k)-[:NAMES {kind: 'SHORT'}]->(a), (k)-[:NAMES {kind: 'SHORT'}]->(b)
						""")
				.consume();
		}
		Path file = this.dir.resolve("twins.csv");
		Files.writeString(file, "from,relation,to,product\n同名科技,supplies,cn-byd,parts\n");
		ImportReport report = run(file, "--format", "relations", "--source-title", "Ambiguity test");
		assertThat(report.ambiguous()).isEqualTo(1);
		assertThat(report.created()).isZero();
		assertThat(report.decisions()).singleElement().asString().contains("cn-twin-a", "cn-twin-b");
		assertThat(single("MATCH (:Firm {id: 'cn-twin-a'})-[r:SUPPLIES]->() RETURN count(r) AS n")).isEqualTo(0L);
		Path aliases = this.dir.resolve("aliases.csv");
		Files.writeString(aliases, "name,id\n同名科技,cn-twin-b\n");
		ImportReport decided = run(file, "--format", "relations", "--source-title", "Ambiguity test", "--aliases",
				aliases.toString());
		assertThat(decided.created()).isEqualTo(1);
		assertThat(single("MATCH (:Firm {id: 'cn-twin-b'})-[r:SUPPLIES]->(:Firm {id: 'cn-byd'}) RETURN count(r) AS n"))
			.isEqualTo(1L);
	}

	@Test
	void aNewNameWhoseIdIsTakenIsReportedNotMergedIntoTheOtherFirm() throws Exception {
		String takenId = Resolver.newId("碰撞测试科技有限公司");
		try (var session = this.driver.session()) {
			session
				.run("CREATE (:Organization:Firm {id: $id, kind: 'FIRM', name: 'Another firm', sourceIds: []})",
						Map.of("id", takenId))
				.consume();
		}
		Path file = this.dir.resolve("collision.csv");
		Files.writeString(file, "序号,企业名称,所在地区\n1,碰撞测试科技有限公司,浙江省\n");
		ImportReport report = run(file, list("5"), "--source-title", "Collision test");
		assertThat(report.ambiguous()).isEqualTo(1);
		assertThat(report.created()).isZero();
		assertThat(single("MATCH (f:Firm {id: '" + takenId + "'})-[:HOLDS]->(c) RETURN count(c) AS n")).isEqualTo(0L);
	}

	@Test
	void importsComextAndComtradeFlowsAndTheExposureAggregateUsesThem() throws Exception {
		ImportReport comext = run(copy("comext.csv"), "--format", "trade", "--source-title", "Comext test extract");
		ImportReport comtrade = run(copy("comtrade.csv"), "--format", "trade", "--source-title",
				"Comtrade test extract");
		assertThat(comext.created()).isEqualTo(4);
		assertThat(comtrade.created()).isEqualTo(2);
		assertThat(single("""
				MATCH (t:TradeFlow {reporter: 'DE', partner: 'CN', flow: 'EXPORT', code: '848340', year: 2023})
				WHERE t.currency = 'EUR' RETURN sum(t.valueEur) AS n""")).isEqualTo(4000.0);
		assertThat(
				single("""
						MATCH (t:TradeFlow {reporter: 'DE', product: '848340'}) RETURN t.currency + ' ' + toString(t.value) AS n"""))
			.isEqualTo("USD 5000.0");
		// Member-state exports to China in 2023, in EUR: 848340 (4,000; Leaderdrive and
		// KOFON make it) and 850300 (4,000; no certified maker). The Comtrade row is in
		// USD and not counted.
		var aggregate = this.exposure
			.euExposure(null, null, null, new EuExposure.Weights(1, 2, 1), false, java.time.LocalDate.now(), List.of(),
					5, 20, false)
			.aggregate();
		assertThat(aggregate.computed()).isTrue();
		assertThat(aggregate.year()).isEqualTo(2023);
		assertThat(aggregate.totalValueEur()).isEqualTo(8000.0);
		assertThat(aggregate.share()).isEqualTo(0.5);
	}

	@Test
	void theKbLayoutRunsTheShippedScriptWithTheImportsSource() throws Exception {
		Path kb = Files.createDirectories(this.dir.resolve("kb"));
		Path file = kb.resolve("organizations.csv");
		Files.copy(new ClassPathResource("import/kb/organizations.csv").getFile().toPath(), file);
		ImportReport report = run(file, "--format", "kb", "--source-title", "KB layout test");
		assertThat(report.rejected()).isZero();
		assertThat(single("MATCH (f:Firm {id: 'cn-test-kb'}) RETURN size(f.sourceIds) AS n")).isEqualTo(1L);
		assertThat(single("MATCH (:NameKey {key: '测试科技有限公司'})-[:NAMES]->(f {id: 'cn-test-kb'}) RETURN count(f) AS n"))
			.isEqualTo(1L);
	}

	@Test
	void aDryRunValidatesAndWritesNothing() throws Exception {
		Object before = single("MATCH (n) RETURN count(n) AS n");
		ImportReport report = run(copy("list-zhejiang-utf8.csv"), list("2"), "--source-title", "Dry run source",
				"--dry-run");
		assertThat(report.written()).isFalse();
		assertThat(report.rows()).isEqualTo(4);
		assertThat(single("MATCH (n) RETURN count(n) AS n")).isEqualTo(before);
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|',
			textBlock = """
					list-bad-quotes.csv                | list      | list-bad-quotes.csv, row 1, column -: malformed CSV near line 3: (startline 2) EOF reached before encapsulated token finished
					list-wrong-column-count.csv        | list      | list-wrong-column-count.csv, row 2, column -: 2 fields where the header has 3
					list-bad-uscc.csv                  | list      | list-bad-uscc.csv, row 1, column uscc: '914403001922038217' is not a unified social credit code: its check character is '7', GB 32100-2015 gives '6'
					list-duplicate-rows.csv            | list      | list-duplicate-rows.csv, row 2, column -: duplicate row: 示例科技股份有限公司| appears earlier in the file
					list-unknown-province.csv          | list      | list-unknown-province.csv, row 1, column province: unknown province or region '亚特兰蒂斯'
					relations-unknown-hs-code.csv      | relations | relations-unknown-hs-code.csv, row 1, column hsCode: unknown HS code '123456'
					relations-bad-date.csv             | relations | relations-bad-date.csv, row 1, column since: '2023-13-01' is not a calendar date
					relations-negative-amount.csv      | relations | relations-negative-amount.csv, row 1, column amount: negative amount -5
					relations-unknown-relation.csv     | relations | relations-unknown-relation.csv, row 1, column relation: unknown relation type 'owns'
					relations-unknown-organization.csv | relations | relations-unknown-organization.csv, row 1, column -: no organization has the id or name 'cn-nobody'
					trade-unknown-country.csv          | trade     | trade-unknown-country.csv, row 1, column partner: unknown country 'XX'
					""")
	void aMalformedFileIsRejectedWholeWithTheExactError(String file, String format, String error) throws Exception {
		Object before = single("MATCH (n) RETURN count(n) AS n");
		ImportReport report = run(copy("malformed/" + file), "--format", format, "--batch", "5", "--source-title",
				"Malformed " + file);
		assertThat(report.errors()).extracting(RowError::toString).first().asString().startsWith(error);
		assertThat(report.written()).isFalse();
		assertThat(single("MATCH (n) RETURN count(n) AS n")).as("nothing written, not even the source")
			.isEqualTo(before);
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
			list-missing-name-column.csv  | list-missing-name-column.csv: no column for 'name' in the header [序号, 所在地区]
			list-unreadable-encoding.csv  | list-unreadable-encoding.csv: neither UTF-8 nor GB18030; pass --encoding
			""")
	void anUnreadableFileIsAnErrorNamingTheFile(String file, String error) throws Exception {
		Path copy = copy("malformed/" + file);
		assertThatThrownBy(() -> run(copy, "--format", "list", "--batch", "5", "--source-title", "Unreadable"))
			.isInstanceOf(ImportException.class)
			.hasMessageStartingWith(error);
	}

	@Test
	void lenientLoadsTheValidRowsAndWritesTheRejectsBesideTheInput() throws Exception {
		Path file = copy("relations-one-bad-row.csv");
		ImportReport strict = run(file, "--format", "relations", "--source-title", "Lenient test");
		assertThat(strict.written()).isFalse();
		ImportReport lenient = run(file, "--format", "relations", "--source-title", "Lenient test", "--lenient");
		assertThat(lenient.created()).isEqualTo(1);
		assertThat(lenient.rejected()).isEqualTo(1);
		assertThat(Files.readAllLines(this.dir.resolve("relations-one-bad-row.csv.rejects.csv"))).containsExactly(
				"from,relation,to,product,hs_code,since,until,amount,currency,_row,_column,_reason",
				"cn-hubei-kait,supplies,cn-byd,sensors,902519,2024-02-30,,,,2,since,'2024-02-30' is not a calendar date");
		assertThat(
				single("MATCH (:Firm {id: 'cn-hubei-kait'})-[r:SUPPLIES]->(:Firm {id: 'cn-nio'}) RETURN count(r) AS n"))
			.isEqualTo(1L);
	}

	@Test
	void theCommandReportsUsageErrorsWithExitCodeTwo() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream console = new PrintStream(out, true, StandardCharsets.UTF_8);
		Function<String[], Integer> run = args -> Subcommands.commandLine(new ImportCommand(this.importer, console))
			.setErr(new PrintWriter(console, true))
			.execute(args);
		assertThat(run.apply(new String[] { "x.csv" })).isEqualTo(2);
		assertThat(run.apply(new String[] { "--format", "xml", "--source", "src-x", "x.csv" })).isEqualTo(2);
		assertThat(run.apply(new String[] { "--format", "list", "--tier", "GIANT", "--source", "src-x", "x.csv" }))
			.isEqualTo(2);
		assertThat(run.apply(new String[] { "--format", "list", "--source", "src-none", "pom.xml" })).isEqualTo(2);
		assertThat(out.toString(StandardCharsets.UTF_8))
			.contains("Invalid value for option '--format': expected one of [KB, LIST, RELATIONS, TRADE] "
					+ "(case-insensitive) but was 'xml'")
			.contains("Invalid value for option '--tier'")
			.contains("no source has the id 'src-none'");
	}

	@Test
	void readsAnOfficialListFromAnExcelWorkbookWithATitleRowAboveTheHeader() throws Exception {
		// As MIIT publishes its notices: a cover sheet, then the list under a merged
		// title row and a blank row, 序号 as numbers. Rows 1 and 2 are shipped listed
		// Little Giants, 3 and 4 new firms, 5 in an unknown province.
		Path workbook = this.dir.resolve("notice.xlsx");
		List<List<Object>> rows = List.of(List.of(1, "浙江铖昌科技股份有限公司", "浙江省", "杭州市"),
				List.of(2, "杭州集智机电股份有限公司", "浙江", "杭州市"), List.of(3, "表格测试精密机械有限公司", "浙江省", "宁波市"),
				List.of(4, "表格测试传感器有限公司", "浙江省"), List.of(5, "火星精密机械有限公司", "火星省"));
		try (OutputStream out = Files.newOutputStream(workbook); Workbook book = new Workbook(out, "test", "1.0")) {
			book.newWorksheet("说明").value(0, 0, "附件：名单见下一页");
			Worksheet sheet = book.newWorksheet("名单");
			sheet.value(0, 0, "第二批专精特新“小巨人”企业复核通过名单");
			sheet.range(0, 0, 0, 3).merge();
			List<String> header = List.of("序号", "企业名称", "所在地区", "城市");
			for (int c = 0; c < header.size(); c++) {
				sheet.value(2, c, header.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object value = rows.get(r).get(c);
					if (value instanceof Integer number) {
						sheet.value(3 + r, c, number);
					}
					else {
						sheet.value(3 + r, c, (String) value);
					}
				}
			}
		}
		Path notAWorkbook = Files.copy(copy("list-zhejiang-utf8.csv"), this.dir.resolve("renamed.xlsx"));
		assertThatThrownBy(() -> run(notAWorkbook, list("2"), "--source-title", "Zhejiang workbook"))
			.isInstanceOf(ImportException.class)
			.hasMessageStartingWith("renamed.xlsx: not a readable .xlsx workbook");
		assertThatThrownBy(() -> run(workbook, list("2"), "--source-title", "Zhejiang workbook"))
			.isInstanceOf(ImportException.class)
			.hasMessageStartingWith("notice.xlsx: no column for 'name' in the header [附件：名单见下一页]");
		assertThatThrownBy(() -> run(workbook, list("2"), "--sheet", "附件", "--source-title", "Zhejiang workbook"))
			.isInstanceOf(ImportException.class)
			.hasMessage("notice.xlsx: no sheet '附件'; the workbook has [说明, 名单]");
		ImportReport strict = run(workbook, list("2"), "--sheet", "名单", "--source-title", "Zhejiang workbook");
		assertThat(strict.errors()).extracting(RowError::toString)
			.containsExactly("notice.xlsx, row 5, column province: unknown province or region '火星省'");
		assertThat(strict.written()).isFalse();
		ImportReport lenient = run(workbook, list("2"), "--sheet", "名单", "--lenient", "--source-title",
				"Zhejiang workbook");
		assertThat(lenient.rows()).isEqualTo(5);
		assertThat(lenient.rejected()).isEqualTo(1);
		assertThat(lenient.merged()).isEqualTo(2);
		assertThat(lenient.updated()).isEqualTo(2);
		assertThat(lenient.created()).isEqualTo(2);
		assertThat(single("MATCH (f:Firm {nameZh: '表格测试精密机械有限公司'}) RETURN f.provinceCode + f.city AS n"))
			.isEqualTo("33宁波市");
		assertThat(Files.readAllLines(this.dir.resolve("notice.xlsx.rejects.csv")).get(1))
			.isEqualTo("5,火星精密机械有限公司,火星省,,5,province,unknown province or region '火星省'");
	}

	@Test
	void aNewNameLikeAListedFirmsIsReportedAsAPossibleRenameNeverMerged() throws Exception {
		// 杭州集智机电 is listed (300553); a list naming 杭州集智传感技术 in Zhejiang may mean the
		// same firm before or after a rename, or another one. No source here says which.
		Path file = this.dir.resolve("renamed-list.csv");
		Files.writeString(file, "序号,企业名称,所在地区\n1,杭州集智传感技术有限公司,浙江省\n2,鹭鸶测试无关企业有限公司,浙江省\n", StandardCharsets.UTF_8);
		ImportReport report = run(file, list("5"), "--dry-run", "--source-title", "Rename test");
		assertThat(report.rejected()).isZero();
		List<String> decisions = Files.readAllLines(this.dir.resolve("renamed-list.csv.resolution.csv"));
		assertThat(decisions.get(0)).isEqualTo("row,name,outcome,id,rule,candidates,possible_renames");
		assertThat(decisions.get(1)).startsWith("1,杭州集智传感技术有限公司,NEW,cn-n-")
			.contains(",no match,,")
			.contains("cn-ashare-300553 杭州集智机电股份有限公司");
		assertThat(decisions.get(2)).endsWith(",no match,,");
	}

	@Test
	void aGeneratedPyramidLoadsKeepsTheQualityGateAndIsRemovedWithoutATrace(@Autowired DatasetLoader loader,
			@Autowired SyntheticData synthetic, @Autowired QualityGate gate, @Autowired CatalogService catalog) {
		List<String> before = GraphSnapshot.of(this.driver);
		Path folder = this.dir.resolve("pyramid");
		Map<String, Long> written = new PyramidGenerator(200, 11).write(folder);
		var report = loader.load("synthetic-11-200", "file:" + folder.toAbsolutePath() + "/");
		assertThat(report.rows()).isEqualTo(written.values().stream().mapToLong(Long::longValue).sum());
		// 200 innovative SMEs: one in ten specialized (20), one in a hundred a Little
		// Giant (2), at least one champion; each holds a certification per tier reached.
		assertThat(single("""
				MATCH (f:Firm)-[:HOLDS]->(c:Certification)-[:OF_TIER]->(t:Tier) WHERE f.id STARTS WITH 'syn-'
				WITH t.id AS tier, count(DISTINCT f) AS firms ORDER BY tier
				RETURN collect(tier + '=' + firms) AS n""")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.containsExactlyInAnyOrder("INNOVATIVE_SME=200", "SPECIALIZED_SME=20", "LITTLE_GIANT=2", "CHAMPION=1");
		assertThat(single("""
				MATCH (n) WHERE n.id STARTS WITH 'syn-'
				  AND (n.confidence <> 'SYNTHETIC' OR n.sourceIds <> ['src-syn-11-200'])
				RETURN count(n) AS n""")).as("every generated fact is synthetic and names its source").isEqualTo(0L);
		assertThat((Long) single(
				"MATCH (:Organization)-[r:SUPPLIES]->(:Firm {id: 'syn-anchor-0000'}) RETURN count(r) AS n"))
			.as("the first anchor customer has many suppliers")
			.isGreaterThan(30L);
		assertThat(catalog.stats().data().datasets()).extracting(DataVersion.Dataset::id).contains("synthetic-11-200");
		assertThat(gate.run(LocalDate.now(), 1000)).as("the quality gate finds nothing wrong with the generated facts")
			.allSatisfy(violations -> assertThat(violations.examples()).noneMatch(e -> e.contains("syn-")));

		synthetic.remove();
		assertThat(GraphSnapshot.of(this.driver)).as("removed without a trace").isEqualTo(before);
		assertThat(catalog.stats().data().datasets()).extracting(DataVersion.Dataset::id)
			.doesNotContain("synthetic-11-200");
	}

	@Test
	void theDataVersionNamesTheShippedDatasetAndChangesWithEveryImport(@Autowired CatalogService catalog)
			throws Exception {
		DataVersion before = catalog.stats().data();
		assertThat(before.datasets()).singleElement().satisfies(dataset -> {
			assertThat(dataset.id()).isEqualTo("shipped");
			assertThat(dataset.rows()).isGreaterThan(19_000);
			assertThat(dataset.checksum()).hasSize(64);
		});
		assertThat(before.version()).hasSize(12);
		assertThat(before.imports()).as("the shipped files are the dataset's runs, not imports of their own")
			.allSatisfy(i -> assertThat(i.sourceId()).isNotNull());
		Path file = this.dir.resolve("version-list.csv");
		Files.writeString(file, "序号,企业名称,所在地区\n1,版本测试企业有限公司,江苏省\n", StandardCharsets.UTF_8);
		run(file, list("5"), "--source-title", "Version test");
		DataVersion after = catalog.stats().data();
		assertThat(after.version()).isNotEqualTo(before.version());
		assertThat(after.imports()).extracting(DataVersion.Import::file).contains("version-list.csv");
		assertThat(catalog.stats().data().version()).as("stable while nothing changes").isEqualTo(after.version());
	}

	@Test
	void streamsANoticeOfTenThousandRowsFromAWorkbook() throws Exception {
		Path workbook = this.dir.resolve("long-notice.xlsx");
		try (OutputStream out = Files.newOutputStream(workbook); Workbook book = new Workbook(out, "test", "1.0")) {
			Worksheet sheet = book.newWorksheet("名单");
			sheet.value(0, 0, "序号");
			sheet.value(0, 1, "企业名称");
			sheet.value(0, 2, "所在地区");
			for (int r = 1; r <= 10_000; r++) {
				sheet.value(r, 0, r);
				sheet.value(r, 1, "长名单测试企业" + r + "有限公司");
				sheet.value(r, 2, "江苏省");
			}
		}
		ImportReport report = run(workbook, list("5"), "--dry-run", "--source-title", "Long notice");
		assertThat(report.rows()).isEqualTo(10_000);
		assertThat(report.rejected()).isZero();
		assertThat(report.written()).isFalse();
	}

	private String[] list(String batch) {
		return new String[] { "--format", "list", "--tier", "LITTLE_GIANT", "--batch", batch, "--stage",
				"REVIEW_PUBLICITY", "--year", "2023" };
	}

	ImportReport run(Path file, Object... options) {
		List<String> args = new java.util.ArrayList<>();
		for (Object o : options) {
			if (o instanceof String[] many) {
				args.addAll(List.of(many));
			}
			else {
				args.add((String) o);
			}
		}
		args.add(file.toString());
		return runCommand(args).get(0);
	}

	List<ImportReport> runCommand(List<String> args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImportCommand command = new ImportCommand(this.importer, new PrintStream(out, true, StandardCharsets.UTF_8));
		Subcommands.commandLine(command).parseArgs(args.toArray(String[]::new));
		return this.importer.importFiles(command.files, command.options(),
				new PrintStream(out, true, StandardCharsets.UTF_8));
	}

	Path copy(String resource) throws Exception {
		Path target = this.dir.resolve(Path.of(resource).getFileName());
		Files.copy(new ClassPathResource("import/" + resource).getFile().toPath(), target);
		return target;
	}

	Object single(String cypher) {
		try (var session = this.driver.session()) {
			return session.run(cypher).single().get("n").asObject();
		}
	}

}
