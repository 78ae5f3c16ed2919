package io.github.newsmodel.testing;

import io.github.newsmodel.model.Agreement;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.model.PublicationDate;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.parse.TextParser;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Small readouts for tests of meetings and agreements: a body under a headline, parsed with a known
 * publication date, and the names behind the ids of what was found.
 */
public final class Readouts {
  private static final TextParser PARSER = TextParser.create();

  private Readouts() {}

  /**
   * Parses a readout whose publication date is given as a hint, not in the text.
   *
   * @param body the body paragraphs, one per line
   * @param published the publication date
   * @return the document, after checking its provenance invariants
   */
  public static NewsDocument parse(String body, LocalDate published) {
    NewsDocument doc = PARSER.parse("Readout\n\n" + body + "\n", "readout",
        ParseHints.none().withPublished(PublicationDate.of(published)));
    DocumentInvariants.check(doc);
    return doc;
  }

  /**
   * Parses a readout without a publication date.
   *
   * @param body the body paragraphs, one per line
   * @return the document, after checking its provenance invariants
   */
  public static NewsDocument parse(String body) {
    NewsDocument doc = PARSER.parse("Readout\n\n" + body + "\n", "readout");
    DocumentInvariants.check(doc);
    return doc;
  }

  /**
   * Returns the names of the officials with the given ids, sorted.
   *
   * @param doc the document
   * @param ids official ids
   * @return the names
   */
  public static Set<String> names(NewsDocument doc, List<String> ids) {
    Set<String> names = new TreeSet<>();
    for (String id : ids) {
      doc.officials().stream().filter(o -> o.id().equals(id)).map(Official::name).findFirst().ifPresent(names::add);
    }
    return names;
  }

  /**
   * Returns the names of a meeting's participants, sorted.
   *
   * @param doc the document
   * @param meeting one of its meetings
   * @return the names
   */
  public static Set<String> participants(NewsDocument doc, Meeting meeting) {
    return names(doc, meeting.participants());
  }

  /**
   * Returns the names of an agreement's signatories, sorted.
   *
   * @param doc the document
   * @param agreement one of its agreements
   * @return the names
   */
  public static Set<String> signatories(NewsDocument doc, Agreement agreement) {
    return names(doc, agreement.signatories());
  }
}
