package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Selectors of evidence locators: always built, always finding the element they name. */
class HtmlSelectorTest {

  @Test
  void aTagNameThatIsNoCssIdentifierStillGetsASelector() {
    Document page = Jsoup.parse("<h\u0000\u0000tml><body><div><p>one</p><p>two</p></div></body>");
    Element second = page.select("p").get(1);
    String selector = HtmlTextLocator.cssSelector(second);
    assertThat(page.select(selector)).containsExactly(second);
  }

  @Test
  void structuralSelectorsFindExactlyTheirElement() {
    Document page = Jsoup.parse("<body><article><h1>T</h1><p>a</p><p>b</p></article><p>c</p></body>");
    for (Element element : page.getAllElements()) {
      if (element == page) {
        continue;
      }
      String selector = HtmlTextLocator.structuralSelector(element);
      assertThat(page.select(selector)).as(selector).containsExactly(element);
    }
    Element weird = page.body().appendElement("x\u0001y");
    assertThat(HtmlTextLocator.structuralSelector(weird)).endsWith("*:nth-child(3)");
  }
}
