package io.littlegiants.kb.ingest.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.TierId;
import io.littlegiants.kb.firm.CertificationLevel;
import io.littlegiants.kb.firm.NameKeys;
import io.littlegiants.kb.firm.SearchTexts;
import io.littlegiants.kb.firm.UnifiedSocialCreditCode;
import org.neo4j.driver.TransactionContext;

/**
 * An MIIT or provincial list as published: sequence number, enterprise name, province or
 * region, optionally city, batch, credit code and champion product, with Chinese or
 * English headers. Each row becomes a firm (resolved, or new) holding one certification
 * described by the command's list options.
 */
final class ListFormat implements RowFormat {

	/** Years of the national batches, for lists that give a batch but no year. */
	static final Map<TierId, Map<Integer, Integer>> BATCH_YEARS = Map.of(TierId.LITTLE_GIANT,
			Map.of(1, 2019, 2, 2020, 3, 2021, 4, 2022, 5, 2023, 6, 2024, 7, 2025), TierId.CHAMPION,
			Map.of(1, 2016, 2, 2017, 3, 2018, 4, 2019, 5, 2020, 6, 2021, 7, 2022, 8, 2023));

	private static final String WRITE = """
			UNWIND $rows AS r
			OPTIONAL MATCH (existingFirm:Organization {id: r.firmId})
			OPTIONAL MATCH (existingCert:Certification {id: r.certId})
			WITH r, existingFirm IS NULL AS newFirm, existingCert IS NULL AS newCert,
			     existingCert IS NOT NULL AND NOT $source IN coalesce(existingCert.sourceIds, []) AS certGainsSource,
			     existingFirm IS NOT NULL AND NOT $source IN coalesce(existingFirm.sourceIds, []) AS firmGainsSource,
			     existingFirm IS NOT NULL AND existingFirm.uscc IS NULL AND r.uscc IS NOT NULL AS firmGainsUscc
			MERGE (f:Organization {id: r.firmId})
			ON CREATE SET f:Firm, f.kind = 'FIRM', f.name = r.name, f.nameZh = r.name, f.country = 'CN',
			              f.provinceCode = r.provinceCode, f.city = r.city, f.confidence = $confidence, f.sourceIds = [],
			              f += r.searchTexts
			SET f.uscc = coalesce(f.uscc, r.uscc),
			    f.provinceCode = coalesce(f.provinceCode, r.provinceCode),
			    f.sourceIds = CASE WHEN $source IN f.sourceIds THEN f.sourceIds ELSE f.sourceIds + $source END
			MERGE (k:NameKey {key: r.nameKey})
			MERGE (k)-[:NAMES {kind: 'LEGAL'}]->(f)
			WITH r, f, newFirm, newCert, certGainsSource, firmGainsSource, firmGainsUscc
			MATCH (t:Tier {id: r.tier})
			MERGE (a:Organization {id: r.authorityId})
			ON CREATE SET a:Authority, a.kind = 'AUTHORITY', a.name = r.authorityName, a.country = 'CN',
			              a.confidence = 'INFERRED', a.sourceIds = []
			MERGE (c:Certification {id: r.certId})
			ON CREATE SET c += r.certification, c.sourceIds = []
			SET c.sourceIds = CASE WHEN $source IN c.sourceIds THEN c.sourceIds ELSE c.sourceIds + $source END
			MERGE (f)-[:HOLDS]->(c)
			MERGE (c)-[:OF_TIER]->(t)
			MERGE (c)-[:ISSUED_BY]->(a)
			RETURN r.row AS row, newFirm OR newCert AS created,
			       certGainsSource OR firmGainsSource OR firmGainsUscc AS changed
			""";

	@Override
	public Map<String, List<String>> columns() {
		return Map.of("seq", List.of("序号", "seq", "no", "编号"), "name",
				List.of("企业名称", "enterprise_name", "name", "企业", "公司名称", "company", "单位名称"), "province",
				List.of("所在地区", "省份", "地区", "province", "所在省份", "region", "省(区、市)"), "city",
				List.of("城市", "所在城市", "市", "city", "所在地市"), "batch", List.of("批次", "batch"), "uscc",
				List.of("统一社会信用代码", "uscc", "信用代码", "credit_code"), "product",
				List.of("产品", "产品名称", "product", "冠军产品"));
	}

	@Override
	public List<String> required() {
		return List.of("name");
	}

	@Override
	public List<RowError> check(Row row, ImportContext context) {
		List<RowError> errors = new ArrayList<>();
		ImportOptions.ListSpec spec = context.options().list();
		if (!row.has("name")) {
			errors.add(context.error(row, "name", "no enterprise name"));
		}
		if (row.has("province") && context.reference().provinceOf(row.get("province")) == null) {
			errors.add(context.error(row, "province", "unknown province or region '" + row.get("province") + "'"));
		}
		if (row.has("uscc")) {
			try {
				new UnifiedSocialCreditCode(row.get("uscc").toUpperCase());
			}
			catch (IllegalArgumentException ex) {
				errors.add(context.error(row, "uscc", ex.getMessage()));
			}
		}
		if (row.has("batch") && Values.batch(row.get("batch")) == null) {
			errors.add(context.error(row, "batch", "'" + row.get("batch") + "' is not a batch (5, 第五批)"));
		}
		if (awardYear(row, spec) == null && batch(row, spec) == null) {
			errors.add(context.error(row, "batch", "neither the row nor --batch/--year says which batch or year"));
		}
		if (spec.level() == CertificationLevel.PROVINCIAL && provinceCode(row, context) == null) {
			errors.add(context.error(row, "province", "a provincial list needs each firm's province"));
		}
		return errors;
	}

	@Override
	public String duplicateKey(Row row) {
		return row.has("name") ? NameKeys.legal(row.get("name")) + "|" + row.values().getOrDefault("product", "")
				: null;
	}

	@Override
	public Map<Long, List<Resolver.Resolution>> resolve(List<Row> batch, ImportContext context) {
		List<Resolver.Query> queries = batch.stream()
			.map(r -> new Resolver.Query(r.number(), r.get("name"), uscc(r)))
			.toList();
		Map<Long, List<Resolver.Resolution>> result = new HashMap<>();
		context.resolver().resolve(queries, true).forEach((row, resolution) -> result.put(row, List.of(resolution)));
		return result;
	}

	@Override
	public Map<Long, Status> write(TransactionContext tx, List<Row> batch,
			Map<Long, List<Resolver.Resolution>> resolutions, ImportContext context) {
		ImportOptions.ListSpec spec = context.options().list();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Row row : batch) {
			String firmId = resolutions.get(row.number()).get(0).id();
			Integer batchNo = batch(row, spec);
			Integer awardYear = awardYear(row, spec);
			String category = row.has("product") ? "PRODUCT" : "ENTERPRISE";
			String product = row.values().getOrDefault("product", "");
			String provinceCode = provinceCode(row, context);
			boolean national = spec.level() == CertificationLevel.NATIONAL;
			boolean review = spec.stage().review();
			Integer reviewYear = review ? spec.year() : null;
			Integer base = reviewYear != null ? reviewYear : awardYear;
			Map<String, Object> certification = new HashMap<>();
			certification.put("tier", spec.tier().name());
			certification.put("level", spec.level().name());
			certification.put("batch", batchNo);
			certification.put("awardYear", awardYear);
			certification.put("awardedPrecision", awardYear == null ? null : "YEAR");
			certification.put("validUntil", base == null ? null : java.time.LocalDate.of(base + 3, 12, 31));
			certification.put("validUntilPrecision", base == null ? null : "YEAR");
			certification.put("unknownValidity", base == null ? Boolean.TRUE : null);
			certification.put("stage", spec.stage().name());
			certification.put("reviewYear", reviewYear);
			certification.put("category", category);
			certification.put("product", product.isEmpty() ? null : product);
			certification.put("event", "imported list (" + context.file() + ")");
			certification.put("confidence", context.options().source().confidence());
			Map<String, Object> r = new HashMap<>();
			r.put("row", row.number());
			r.put("firmId", firmId);
			r.put("name", row.get("name"));
			r.put("nameKey", NameKeys.legal(row.get("name")));
			r.put("uscc", uscc(row));
			r.put("provinceCode", provinceCode);
			r.put("city", row.get("city"));
			// A list names only the firms it creates (an existing firm keeps its names),
			// so their search texts are written with them, not looked up afterwards.
			r.put("searchTexts", SearchTexts.of(row.get("name"), row.get("name"), null, null, List.of()));
			r.put("tier", spec.tier().name());
			r.put("authorityId", national ? "auth-miit" : "auth-prov-" + provinceCode);
			r.put("authorityName", national ? "Ministry of Industry and Information Technology (MIIT)"
					: "Provincial department of industry and information technology (" + provinceCode + ")");
			// The same id as derive.py gives, so a list already shipped is
			// confirmed, not duplicated.
			r.put("certId",
					"cert-" + Hash.sha1(String.join("|", firmId, spec.tier().name(), spec.level().name(),
							batchNo != null ? batchNo.toString() : (awardYear != null ? awardYear.toString() : ""),
							category, product))
						.substring(0, 12));
			r.put("certification", certification);
			rows.add(r);
		}
		return RowFormat.writeAndCount(tx, WRITE, rows, context);
	}

	private static Integer batch(Row row, ImportOptions.ListSpec spec) {
		Integer batch = Values.batch(row.get("batch"));
		return batch != null ? batch : spec.batch();
	}

	/**
	 * The award year: --year for a new list, the batch's year for a review or a list
	 * without one.
	 */
	private static Integer awardYear(Row row, ImportOptions.ListSpec spec) {
		boolean review = spec.stage().review();
		if (!review && spec.year() != null) {
			return spec.year();
		}
		Integer batch = batch(row, spec);
		if (batch == null || spec.level() != CertificationLevel.NATIONAL) {
			return null;
		}
		return BATCH_YEARS.getOrDefault(spec.tier(), Map.of()).get(batch);
	}

	private static String provinceCode(Row row, ImportContext context) {
		String code = context.reference().provinceOf(row.get("province"));
		return code != null ? code : context.reference().provinceOf(row.get("city"));
	}

	private static String uscc(Row row) {
		return row.has("uscc") ? row.get("uscc").toUpperCase() : null;
	}

}
