import java.nio.file.*;
import java.util.*;
import org.neo4j.driver.*;
import org.neo4j.driver.summary.*;

/**
 * PROFILEs the coverage, drill-down and changed analytic queries against a running server's
 * Bolt port (first argument, default bolt://127.0.0.1:17699): time, database hits and the
 * scans in each plan. Run by bench/profile-100k.sh; with a second argument, only the queries
 * whose name contains it.
 */
public class ProfileQueries {
  static long hits(ProfiledPlan p) { long h = p.dbHits(); for (ProfiledPlan c : p.children()) h += hits(c); return h; }
  static void ops(ProfiledPlan p, Set<String> out) { out.add(p.operatorType()); for (ProfiledPlan c : p.children()) ops(c, out); }
  public static void main(String[] a) throws Exception {
    Map<String, Map<String, Object>> runs = new LinkedHashMap<>();
    List<String> none = List.of();
    runs.put("coverage/certified-firms", Map.of("exclude", none));
    runs.put("coverage/facts", Map.of());
    runs.put("coverage/published", Map.of("exclude", none));
    runs.put("coverage/capital", Map.of("exclude", none));
    // The funnel read from the certifications, and the tally it is now counted from.
    runs.put("cultivation-funnel", Map.of("asOf", java.time.LocalDate.now(), "exclude", none));
    runs.put("cultivation-funnel-tally", Map.of("limit", 9091));
    runs.put("cultivation-funnel-tally, sector mic-02", Map.of("sector", "mic-02", "limit", 9091));
    runs.put("cultivation-funnel-firms", Map.of("tier", "LITTLE_GIANT", "status", "PROPOSED", "asOf", java.time.LocalDate.now(), "exclude", none, "limit", 21));
    runs.put("supply-chain-gaps", Map.of("hsLevel", 6, "day", java.time.LocalDate.now(), "activeOnly", false, "exclude", List.of("INFERRED"), "limit", 101));
    runs.put("eu-exposure", Map.of("wMakers", 1.0, "wCustomers", 2.0, "wRivals", 1.0, "day", java.time.LocalDate.now(), "activeOnly", false, "exclude", none, "limit", 21));
    runs.put("capital-flow-facts", Map.of("groupBy", none, "currency", "CNY", "exclude", none, "limit", 21));
    Map<String, String> texts = new HashMap<>();
    texts.put("cultivation-funnel-tally, sector mic-02",
        Files.readString(Path.of("cypher/queries/cultivation-funnel-tally.cypher")));
    // The firm list's page of Zhejiang Little Giants, as FirmQueries writes it now (from the
    // tier's certifications, through the Certification(tier) index) and, for comparison, as it
    // was written before: every Zhejiang firm tested for the tier, or every firm (:Firm alone).
    String conditions = " WHERE f.provinceCode = $provinceCode AND EXISTS { MATCH (f)-[:HOLDS]->(c:Certification)"
        + " WHERE c.tier = $tier }";
    String tail = " RETURN f{.*} AS f ORDER BY f.name ASC, f.id ASC LIMIT $limit";
    String ofTier = "MATCH (f:Organization:Firm)-[:HOLDS]->(:Certification {tier: $tier})";
    texts.put("firms page, province 33, LG", ofTier + conditions + " WITH DISTINCT f" + tail);
    texts.put("the same before (province, then a tier test)", "MATCH (f:Organization:Firm)" + conditions + tail);
    texts.put("the same on :Firm alone", "MATCH (f:Firm)" + conditions + tail);
    texts.put("firms page, LG only", ofTier + " WITH DISTINCT f" + tail);
    texts.put("the same before (every firm tested)", "MATCH (f:Organization:Firm) WHERE EXISTS { MATCH (f)-[:HOLDS]->"
        + "(c:Certification) WHERE c.tier = $tier }" + tail);
    Map<String, Object> zhejiang = Map.of("provinceCode", "33", "tier", "LITTLE_GIANT", "limit", 101);
    Map<String, Object> littleGiants = Map.of("tier", "LITTLE_GIANT", "limit", 101);
    runs.put("firms page, province 33, LG", zhejiang);
    runs.put("the same before (province, then a tier test)", zhejiang);
    runs.put("the same on :Firm alone", zhejiang);
    runs.put("firms page, LG only", littleGiants);
    runs.put("the same before (every firm tested)", littleGiants);
    String uri = (a.length > 0) ? a[0] : "bolt://127.0.0.1:17699";
    try (Driver d = GraphDatabase.driver(uri, AuthTokens.none()); Session s = d.session()) {
      for (int pass = 1; pass <= 2; pass++) {
      System.out.println("pass " + pass + (pass == 1 ? " (plans compiled)" : " (warm)"));
      for (var e : runs.entrySet()) {
        if (a.length > 1 && !e.getKey().contains(a[1])) continue;
        String text = texts.containsKey(e.getKey()) ? texts.get(e.getKey())
            : Files.readString(Path.of("cypher/queries/" + e.getKey() + ".cypher"));
        Map<String, Object> p = new HashMap<>(e.getValue());
        for (String k : List.of("tier","sector","provinceCode","country","customerId","hsCode","batch","after","level","asOf","channel","year","province","exchange","currency"))
          p.putIfAbsent(k, null);
        long t0 = System.nanoTime();
        ResultSummary sum = s.run("PROFILE " + text, p).consume();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Set<String> ops = new TreeSet<>(); ops(sum.profile(), ops);
        System.out.printf("%-28s %6d ms %12d db hits  scans: %s%n", e.getKey(), ms, hits(sum.profile()),
          ops.stream().filter(o -> o.contains("Scan")).toList());
      }
      }
    }
  }
}
