package io.github.newsmodel.testing;

import io.github.newsmodel.model.Agreement;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The extracted facts of a document without their offsets: what must stay the same when only the
 * layout of the input changes. Names, titles and quoted strings are compared after folding
 * typographic variants (curly quotes, no-break spaces), since the input variants change exactly
 * those.
 */
public final class Facts {
  private Facts() {}

  /** Returns a comparable, offset-free description of the officials, meetings and agreements. */
  public static List<String> of(NewsDocument doc) {
    Map<String, String> names = doc.officials().stream()
        .collect(Collectors.toMap(Official::id, o -> fold(o.name())));
    Function<List<String>, String> people = ids -> ids.stream().map(id -> names.getOrDefault(id, id)).sorted()
        .collect(Collectors.joining(", "));
    List<String> facts = new ArrayList<>();
    for (Official o : doc.officials()) {
      facts.add("official " + o.id() + " " + fold(o.name()) + " " + fold(o.honorifics().toString()) + " "
          + fold(o.titles().toString()) + " " + o.organization().map(Facts::fold).orElse("-") + " "
          + o.country().orElse("-"));
    }
    for (Meeting m : doc.meetings()) {
      facts.add("meeting [" + people.apply(m.participants()) + "] " + m.date().map(Object::toString).orElse("-")
          + " " + m.status() + " " + m.assertion() + " " + m.mode().map(Enum::name).orElse("-") + " "
          + m.location().map(l -> fold(l.toString())).orElse("-"));
    }
    for (Agreement a : doc.agreements()) {
      facts.add("agreement " + a.kind() + " " + a.status() + " " + a.assertion() + " " + a.parties() + " ["
          + people.apply(a.signatories()) + "]");
    }
    return facts;
  }

  private static String fold(String value) {
    return io.github.newsmodel.text.MatchText.fold(value).replaceAll(" +", " ");
  }
}
