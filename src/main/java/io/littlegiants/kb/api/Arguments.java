package io.littlegiants.kb.api;

import java.util.function.Supplier;

import io.littlegiants.kb.catalog.CatalogService;
import io.littlegiants.kb.catalog.Country;
import io.littlegiants.kb.catalog.HsCode;
import io.littlegiants.kb.common.InvalidInputException;
import io.littlegiants.kb.common.NotFoundException;
import io.littlegiants.kb.firm.FirmService;
import io.littlegiants.kb.firm.UnifiedSocialCreditCode;

import org.springframework.stereotype.Component;

/**
 * Arguments that name something in the graph or carry a code. A name must name something
 * that is there, or the answer would be an empty list that reads as a finding; a code
 * (HS, unified social credit, province) is parsed by the domain, and its complaint
 * becomes an error naming the argument, which the domain does not know. A null argument
 * stays null (the question's default scope).
 */
@Component
class Arguments {

	private final FirmService firms;

	private final CatalogService catalog;

	Arguments(FirmService firms, CatalogService catalog) {
		this.firms = firms;
		this.catalog = catalog;
	}

	/** An organization id that exists. */
	String organization(String argument, String id) {
		if (id != null && this.firms.organization(id).isEmpty()) {
			throw new NotFoundException(argument,
					"no organization has the id '" + id + "'; search finds ids by name: { search(text: \"...\") }");
		}
		return id;
	}

	/** A sector or direction id that exists (mic-02, mic-02.1). */
	String sector(String argument, String id) {
		if (id != null && !this.catalog.sectorExists(id)) {
			throw new NotFoundException(argument,
					"no sector or direction has the id '" + id + "'; the ids are listed by { sectors { id name } }");
		}
		return id;
	}

	/** An HS 2022 code that exists, normalised (8483.40 -> 848340). */
	String hsCode(String argument, String code) {
		if (code == null) {
			return null;
		}
		String normalised = hsCodeDigits(argument, code);
		if (this.catalog.hsCode(normalised).isEmpty()) {
			throw new NotFoundException(argument, "'" + code + "' is not an HS 2022 chapter, heading or subheading");
		}
		return normalised;
	}

	/**
	 * The ISO code of an EU-27 member state given by code (DE, DEU) or name (Germany,
	 * 德国).
	 */
	String euCountry(String argument, String country) {
		if (country == null) {
			return null;
		}
		Country found = country(argument, country);
		if (!found.eu()) {
			throw new InvalidInputException(argument, "'" + country + "' (" + found.code()
					+ ") is not an EU-27 member state; EU exposure is about EU exporters");
		}
		return found.code();
	}

	/** The ISO code of a country given by code (DE, DEU) or name (Germany, 德国). */
	String countryCode(String argument, String country) {
		return (country == null) ? null : country(argument, country).code();
	}

	/** The code of a Chinese province given by code (33), Chinese or English name. */
	String provinceCode(String argument, String province) {
		if (province == null) {
			return null;
		}
		return this.firms.provinceCode(province)
			.orElseThrow(() -> new InvalidInputException(argument, "'" + province
					+ "' is not a Chinese province: give its code (33), Chinese name (浙江省, 浙江) or English name (Zhejiang)"));
	}

	/** A well-formed HS code as digits (8483.40 -> 848340), whether or not it exists. */
	static String hsCodeDigits(String argument, String code) {
		return (code == null) ? null : parsed(argument, () -> HsCode.normalise(code));
	}

	/** A unified social credit code whose check character is right, in upper case. */
	static String uscc(String argument, String code) {
		return (code == null) ? null : parsed(argument, () -> UnifiedSocialCreditCode.parse(code).value());
	}

	/** A value parsed by the domain, whose complaint becomes one about the argument. */
	private static String parsed(String argument, Supplier<String> parse) {
		try {
			return parse.get();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(argument, ex.getMessage());
		}
	}

	private Country country(String argument, String country) {
		return this.catalog.country(country)
			.orElseThrow(() -> new NotFoundException(argument,
					"'" + country + "' is not a country: give its ISO code (DE, DEU) or name (Germany, 德国)"));
	}

}
