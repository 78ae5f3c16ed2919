package io.github.newsmodel.examples;

import io.github.newsmodel.NewsModel;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README's quickstart as a program: parses one article and prints every official with the
 * quote its name was read from, then the document as JSON.
 *
 * <p>Run: {@code java -cp examples/target/newsmodel.jar io.github.newsmodel.examples.Quickstart seeds/000_108a99c07e05f4ec.txt}
 */
public final class Quickstart {
  private Quickstart() {}

  /**
   * Runs the example.
   *
   * @param args one path to a plain-text article
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path path = Path.of(args.length > 0 ? args[0] : "seeds/000_108a99c07e05f4ec.txt");
    System.out.println(describe(Files.readString(path), path.toString()));
  }

  /**
   * Parses an article and describes it, as the README shows.
   *
   * @param text the article text
   * @param id the source id
   * @return the description
   */
  public static String describe(String text, String id) {
    StringBuilder out = new StringBuilder();
    NewsDocument doc = NewsModel.parseText(text, id);
    for (Official official : doc.officials()) {
      Evidence name = official.evidence().get(0);
      out.append(official.name()).append(' ').append(official.titles())
          .append(" <- \"").append(name.exact()).append("\" @").append(name.start().orElse(-1)).append('\n');
    }
    out.append(NewsModel.toJson(doc));
    return out.toString();
  }
}
