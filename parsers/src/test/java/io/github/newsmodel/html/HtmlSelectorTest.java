package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
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

  /** Pages with repeated tags, classes in any case, ids unique and not, and names jsoup escapes. */
  private static final String ODD_PAGE = "<html lang=en><head><title>t</title><meta id=m name=x content=y></head>"
      + "<body class=b><div id=main><p>a</p><p class=x>b</p><p class='X y'>c</p><p class=y>d</p></div>"
      + "<div id=dup><span>e</span></div><div id=dup><span>f</span><span>g</span></div>"
      + "<section><div class='a b'><p>h</p></div><div class='b a'><p>i</p></div><div class=a><p>j</p></div></section>"
      + "<ul><li id=1x>k</li><li id='two words'>l</li><li id=-a>m</li><li id=_u class=_c>n</li>"
      + "<li id=\u00e9t\u00e9>o</li><li class='c:d'>p</li><li class=\u00fcber>q</li></ul>"
      + "<svg><clipPath id=cp><rect/></clipPath><foreignObject><p>r</p></foreignObject><foreignObject/></svg>"
      + "<my-tag><x-y class=z>s</x-y><x-y class=z>t</x-y></my-tag><math><mi>x</mi></math>"
      + "<table><tr><td>u</td><td id=dup>v</td></tr></table></body></html>";

  @Test
  void selectorsAreJsoupsAndFindExactlyTheirElement() {
    List<Document> pages = new java.util.ArrayList<>();
    pages.add(Jsoup.parse(ODD_PAGE));
    for (String name : List.of("readouts/016.html", "readouts/017.html", "pages/entities.html",
        "pages/jsonld-graph.html", "pages/opengraph.html", "pages/time-byline.html", "pages/visible-lines.html")) {
      pages.add(Jsoup.parse(new String(HtmlTestSupport.resource(name), StandardCharsets.UTF_8)));
    }
    int fast = 0;
    for (Document page : pages) {
      HtmlTextLocator.Selectors selectors = new HtmlTextLocator.Selectors();
      for (Element element : page.getAllElements()) {
        if (element == page) {
          continue;
        }
        String selector = selectors.fast(element);
        if (selector == null) {
          selector = HtmlTextLocator.cssSelector(element);
        } else {
          fast++;
          assertThat(selector).isEqualTo(element.cssSelector());
        }
        assertThat(page.select(selector)).as(selector).containsExactly(element);
      }
    }
    assertThat(fast).isGreaterThan(150);
  }

  @Test
  void namesJsoupWouldEscapeAreLeftToJsoup() {
    Document page = Jsoup.parse(ODD_PAGE);
    HtmlTextLocator.Selectors selectors = new HtmlTextLocator.Selectors();
    for (String query : List.of("li:contains(k)", "li:contains(l)", "li:contains(m)", "li:contains(o)",
        "li:contains(p)", "li:contains(q)")) {
      assertThat(selectors.fast(page.selectFirst(query))).as(query).isNull();
    }
    assertThat(selectors.fast(page.selectFirst("li:contains(n)"))).isEqualTo("#_u");
    assertThat(selectors.fast(page.selectFirst("p:contains(b)"))).isEqualTo("#main > p.x:nth-child(2)");
    assertThat(selectors.fast(page.selectFirst("p:contains(j)")))
        .isEqualTo("html > body.b > section > div.a:nth-child(3) > p");
  }
}
