package io.github.newsmodel.dossier;

import static io.github.newsmodel.testing.HandBuiltDocument.location;

import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.testing.Fixtures;
import io.github.newsmodel.testing.HandBuiltDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The seed articles with the officials and meetings their gold annotations describe, built by hand
 * at the real positions in the seed texts: the shape the dossier must merge (one person under
 * several name forms and honorifics in four articles; one meeting reported twice, once dated to a
 * Monday and once to "Thursday").
 */
final class SeedShapedDocuments {
  static final String S0 = "seeds/000_108a99c07e05f4ec.txt";
  static final String S1 = "seeds/001_25312a93895c425b.txt";
  static final String S2 = "seeds/002_9b5b30820e31a5d1.txt";
  static final String S3 = "seeds/003_2a1400c3f42e7244.txt";
  static final String S4 = "seeds/004_db0dbf79ac23e3a4.txt";

  private SeedShapedDocuments() {}

  /** Ids as the contract gives them: one per person across articles. */
  static String canonicalId(String source, String name) {
    return Folding.fold(name).replace(' ', '-');
  }

  /** Ids as a careless extractor might give them: different in every article. */
  static String localId(String source, String name) {
    return source.substring(6, 9) + "-" + Folding.fold(name).replace(' ', '-');
  }

  /** The five seed documents, with officials' ids chosen by {@code ids(source, name)}. */
  static List<NewsDocument> build(BiFunction<String, String, String> ids) {
    String khalifaA = "Khalifa bin Hamad bin Khalifa Al Thani";
    String khalifaB = "Khalifa bin Hamad bin Khalifa Al-Thani";
    NewsDocument s0 = HandBuiltDocument.of(S0, Fixtures.text(S0))
        .official(ids.apply(S0, khalifaA), "Sheikh " + khalifaA, khalifaA, List.of("Sheikh"),
            List.of("Minister of Interior", "Commander of the Internal Security Force"), "QA")
        .official(ids.apply(S0, "Kristi Noem"), "Kristi Noem", "Kristi Noem", List.of(),
            List.of("Secretary of the US Department of Homeland Security"), "US")
        .meeting("m1", "The meeting took place in Doha on December 18, 2023", LocalDate.of(2023, 12, 18),
            location(null, "Doha", "QA"), ids.apply(S0, khalifaA), ids.apply(S0, "Kristi Noem"))
        .build();
    NewsDocument s1 = HandBuiltDocument.of(S1, Fixtures.text(S1))
        .official(ids.apply(S1, khalifaB), "Sheikh " + khalifaB, khalifaB, List.of("Sheikh"),
            List.of("Minister of Interior", "Commander of the Internal Security Force"), "QA")
        .official(ids.apply(S1, "Kristi Noem"), "Kristi Noem", "Kristi Noem", List.of(),
            List.of("Secretary of Homeland Security"), "US")
        .meeting("m1", "took place Thursday at the National Command Center (NCC) in Doha", null,
            location("National Command Center (NCC)", "Doha", "QA"), ids.apply(S1, khalifaB),
            ids.apply(S1, "Kristi Noem"))
        .build();
    NewsDocument s2 = HandBuiltDocument.of(S2, Fixtures.text(S2))
        .official(ids.apply(S2, "Abdullah bin Khalaf bin Hattab Al Kaabi"), "HE Abdullah bin Khalaf bin Hattab Al Kaabi",
            "Abdullah bin Khalaf bin Hattab Al Kaabi", List.of("HE"),
            List.of("Undersecretary of the Ministry of Interior"), "QA")
        .official(ids.apply(S2, "Obaid Abdulrabboh Al Maaytah"), "Obaid Abdulrabboh Al Maaytah",
            "Obaid Abdulrabboh Al Maaytah", List.of("HE", "Dr."), List.of("Director of Public Security",
                "Major General"), "JO")
        .meeting("m1", "The meeting, held on December 22, 2023", LocalDate.of(2023, 12, 22),
            location("Ministry of Interior headquarters", "Doha", "QA"),
            ids.apply(S2, "Abdullah bin Khalaf bin Hattab Al Kaabi"), ids.apply(S2, "Obaid Abdulrabboh Al Maaytah"))
        .build();
    NewsDocument s3 = HandBuiltDocument.of(S3, Fixtures.text(S3))
        .official(ids.apply(S3, khalifaB), "Sheikh " + khalifaB, khalifaB, List.of("Sheikh"),
            List.of("Minister of Interior", "Commander of Qatar’s Internal Security Force"), "QA")
        .official(ids.apply(S3, "Alexander Dobrindt"), "Alexander Dobrindt", "Alexander Dobrindt", List.of(),
            List.of("Federal Minister of the Interior"), "DE")
        .meeting("m1", "recently held discussions with German Federal Minister", null,
            location(null, "Doha", "QA"), ids.apply(S3, khalifaB), ids.apply(S3, "Alexander Dobrindt"))
        .build();
    NewsDocument s4 = HandBuiltDocument.of(S4, Fixtures.text(S4))
        .published("2025-12-08")
        .official(ids.apply(S4, khalifaB), "HE Sheikh " + khalifaB, khalifaB, List.of("HE", "Sheikh"),
            List.of("Interior Minister", "head of the Internal Security Force"), "QA")
        .official(ids.apply(S4, "Tom Barrack"), "HE Tom Barrack", "Tom Barrack", List.of("HE"),
            List.of("Special Envoy to Syria"), "US")
        .meeting("m1", "welcomed HE Tom Barrack", null, location("National Command Center (NCC)", "Doha", "QA"),
            ids.apply(S4, khalifaB), ids.apply(S4, "Tom Barrack"))
        .build();
    return List.of(s0, s1, s2, s3, s4);
  }
}
