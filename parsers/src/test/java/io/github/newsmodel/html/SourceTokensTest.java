package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokens of a source, as the parser's tokeniser would cut them. */
class SourceTokensTest {
  private static List<String> tokens(String html) {
    SourceTokens tokens = SourceTokens.scan(html);
    List<String> out = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      String kind = switch (tokens.kind(t)) {
        case SourceTokens.START -> "S";
        case SourceTokens.END -> "E";
        case SourceTokens.TEXT -> "T";
        case SourceTokens.COMMENT -> "C";
        default -> "D";
      };
      out.add(kind + ":" + html.substring(tokens.start(t), tokens.end(t)));
    }
    return out;
  }

  @Test
  void cutsTagsTextCommentsAndRawText() {
    assertThat(tokens("<!DOCTYPE html><a title='x>y' b=c>t</a><!-- c --><script>if (a<b) {}</script>x < y"))
        .containsExactly("D:<!DOCTYPE html>", "S:<a title='x>y' b=c>", "T:t", "E:</a>", "C:<!-- c -->",
            "S:<script>", "T:if (a<b) {}", "E:</script>", "T:x < y");
  }

  @Test
  void readsSvgTitlesAsElementsAndDropsEmptyEndTags() {
    assertThat(tokens("<svg><title/><path d='M0'/></svg>a</>b<?xml x?>"))
        .containsExactly("S:<svg>", "S:<title/>", "S:<path d='M0'/>", "E:</svg>", "T:a</>b", "C:<?xml x?>");
  }

  @Test
  void namesTagsIgnoringCase() {
    SourceTokens tokens = SourceTokens.scan("<DIV class=x></Div>");
    assertThat(tokens.isNamed(0, "div")).isTrue();
    assertThat(tokens.isNamed(1, "div")).isTrue();
    assertThat(tokens.isNamed(0, "di")).isFalse();
  }
}
