package io.github.newsmodel.html;

import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.BlockKind;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Evidences;
import io.github.newsmodel.model.HtmlLocator;
import io.github.newsmodel.model.Section;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.pipeline.WarningSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Lays out the reader's text of a page and builds its {@link Article}: the headline line first,
 * then byline and date lines found next to the headline, then the body lines (headings and
 * paragraphs; link lists, date-only lines and repeats of the headline left out of the body), and
 * the metadata values with their evidence: a text span when the value is in the text, else the
 * markup locator of where it was read. One layout per parse; not shared between threads.
 */
final class ArticleLayout {
  private static final double MAX_LINK_DENSITY = 0.5;
  private static final int MAX_META_LINE = 200;
  private static final int MAX_DATE_LINE = 100;
  private static final int MAX_BYLINE_LINE = 80;
  private static final int MAX_LABEL_LINE = 50;
  private static final int BYLINE_LINES = 6;
  private static final int MAX_CAPTION = 500;
  private static final int HEADLINE_SLACK = 12;
  private static final int TEXT_DATE_LINES = 10;
  private static final int CUE_BLOCKS = 2000;
  /** Markup dates below this confidence (generic date tags) give way to a date line by the headline. */
  private static final double WEAK_DATE = 0.6;
  /** Markup dates below this confidence (dates read from page elements) give way to a cued date line. */
  private static final double VISIBLE_DATE = 0.65;
  private static final int MAX_TEXT_DATE = 150;
  private static final int SIGNATURE_LINES = 3;
  /** How many of the last paragraphs may hold a labelled author line ("Text: Jane Doe"). */
  private static final int LABELLED_SIGNATURE_LINES = 10;
  private static final int MAX_SIGNATURE = 60;
  private static final int CAPTION_DEPTH = 8;

  private final Document page;
  private final SourcePositions source;
  private final PageIndex index;
  private final PageMetadata metadata;
  private final WarningSink warnings;
  private final ReaderText text = new ReaderText();
  private final List<Evidence> evidence = new ArrayList<>();
  private Found bodyByline;

  private ArticleLayout(Document page, SourcePositions source, PageIndex index, PageMetadata metadata,
      WarningSink warnings) {
    this.page = page;
    this.source = source;
    this.index = index;
    this.metadata = metadata;
    this.warnings = warnings;
  }

  /**
   * Lays out a page.
   *
   * @param page the parsed page
   * @param source the decoded page source and where its nodes are in it
   * @param index the page index
   * @param selection the article container(s)
   * @param metadata the page metadata
   * @param warnings where anomalies are reported
   * @return the extraction
   */
  static HtmlExtraction layout(Document page, SourcePositions source, PageIndex index,
      ContentSelector.Selection selection, PageMetadata metadata, WarningSink warnings) {
    return new ArticleLayout(page, source, index, metadata, warnings).run(selection);
  }

  private HtmlExtraction run(ContentSelector.Selection selection) {
    Article.Builder article = Article.builder();
    int headlineIndex = metadata.title().filter(Found::visible).map(t -> index.indexOf(t.element())).orElse(-1);
    Optional<Found> byline = metadata.byline();
    Optional<Found> siteAuthor = byline.filter(BylineFinder::isSiteAuthor);
    if (siteAuthor.isPresent()) {
      byline = Optional.empty();
    }
    Optional<DateFinder.Dated> date = metadata.date();
    if (headlineIndex >= 0) {
      if (byline.isEmpty()) {
        byline = HeaderLines.byline(index, headlineIndex);
      }
      if (date.isEmpty() || date.get().found().confidence() < WEAK_DATE) {
        Optional<DateFinder.Dated> line = HeaderLines.date(index, headlineIndex, metadata.monthFirst());
        if (line.isPresent()) {
          date = line;
        }
      }
    }
    List<BodyLine> body = bodyLines(selection, headlineIndex);
    if (date.isEmpty() || date.get().found().confidence() < VISIBLE_DATE) {
      Optional<DateFinder.Dated> cued = cuedDate();
      if (cued.isPresent()) {
        date = cued;
      }
    }
    if (date.isEmpty() && byline.isPresent() && byline.get().visible()) {
      date = dateNearByline(byline.get());
    }
    if (date.isEmpty()) {
      date = dateFromText(body, selection);
    }
    String headline = placeHeadline(headlineIndex);
    headline = headline == null ? null : Texts.fold(headline);
    int bylineOwner = byline.filter(Found::visible).map(b -> index.indexOf(b.element())).orElse(-1);
    int dateOwner = date.filter(d -> d.found().visible()).map(d -> index.indexOf(d.found().element())).orElse(-1);
    boolean bylineInBody = bylineOwner >= 0 && ownsLine(body, bylineOwner);
    boolean dateInBody = dateOwner >= 0 && ownsLine(body, dateOwner);
    List<ReaderText.Placed> metaLines = new ArrayList<>();
    if (bylineOwner >= 0 && !bylineInBody) {
      placeMetaLine(bylineOwner, BlockKind.BYLINE, metaLines);
    }
    int bylineHolder = bylineOwner >= 0 ? lineElement(bylineOwner) : -1;
    if (dateOwner >= 0 && !dateInBody && !(bylineHolder >= 0 && within(dateOwner, bylineHolder))) {
      placeMetaLine(dateOwner, BlockKind.DATELINE, metaLines);
    }
    List<Section> sections = placeBody(body, headline, bylineOwner, dateOwner, metaLines, byline.isPresent());
    // A byline line of the text replaces a markup byline that names an organisation, or one read
    // from an author <meta> tag (which many sites fill with one name for every page) when the line
    // is introduced by a lead word next to the headline.
    if (bodyByline != null && (byline.isEmpty() || !byline.get().visible()
        && (BylineCues.isOrganisation(byline.get().value()) || "html.byline.meta".equals(byline.get().rule())
            && "html.byline.line".equals(bodyByline.rule()))
        && !BylineCues.isOrganisation(bodyByline.value()))) {
      byline = Optional.of(bodyByline);
    }
    if (byline.isEmpty()) {
      byline = siteAuthor;
    }
    article.sections(sections);
    List<Block> blocks = new ArrayList<>();
    for (ReaderText.Placed line : text.placed()) {
      blocks.add(Block.of(line.kind(), line.span()));
    }
    article.blocks(blocks);
    String reader = text.text();
    HtmlTextLocator locator = new HtmlTextLocator(text, source);
    metadataValues(article, reader, locator, byline, date, metaLines);
    if (sections.isEmpty()) {
      warnings.warn("html.no_text", "no article text was found in the page");
    }
    article.evidence(evidence);
    return new HtmlExtraction(reader, article.build(), locator);
  }

  /** A body line, and how many left-out link lines follow it directly. */
  private record BodyLine(Line line, int droppedAfter) {}

  /** The body lines without link lists and without the lines of the headline element. */
  private List<BodyLine> bodyLines(ContentSelector.Selection selection, int headlineIndex) {
    List<Line> kept = new ArrayList<>();
    List<Integer> droppedAfter = new ArrayList<>();
    for (Line line : TextAssembler.assemble(index, selection, source)) {
      int owner = line.owner();
      if (headlineIndex >= 0 && owner >= headlineIndex && owner < index.end(headlineIndex)) {
        continue;
      }
      if (line.linkDensity() > MAX_LINK_DENSITY && line.visible() < 150 && !linkedByline(line, kept.size())) {
        if (!kept.isEmpty()) {
          droppedAfter.set(kept.size() - 1, droppedAfter.get(kept.size() - 1) + 1);
        }
        continue;
      }
      kept.add(line);
      droppedAfter.add(0);
    }
    List<BodyLine> body = new ArrayList<>(kept.size());
    for (int k = 0; k < kept.size(); k++) {
      body.add(new BodyLine(kept.get(k), droppedAfter.get(k)));
    }
    return body;
  }

  /**
   * Tells whether a line of links near the top is a byline whose names are links ("Von
   * <a>Jane Doe</a> und <a>John Roe</a>"), kept so that it can be read as one.
   */
  private static boolean linkedByline(Line line, int position) {
    String s = line.text();
    return position < BYLINE_LINES && s.length() <= MAX_BYLINE_LINE && BylineCues.leadLength(s) > 0
        && BylineCleaner.fromLine(s).isPresent();
  }

  /**
   * Finds a date written in the text when the markup gives none: a short line among the first
   * or last body lines ("r23 » 21.01.2009, 05:42"), or a line with a publication cue just before or
   * after the article container ("Dieser Artikel wurde am 14. Dezember 2015 ... veröffentlicht").
   */
  private Optional<DateFinder.Dated> dateFromText(List<BodyLine> body, ContentSelector.Selection selection) {
    int n = body.size();
    for (int k = 0; k < n; k++) {
      if (k >= TEXT_DATE_LINES && k < n - TEXT_DATE_LINES / 2) {
        continue;
      }
      Line line = body.get(k).line();
      Optional<DateFinder.Dated> found = textDate(line.text(), index.element(line.owner()), false);
      if (found.isPresent()) {
        return found;
      }
    }
    List<Integer> roots = selection.roots();
    if (roots.isEmpty()) {
      return Optional.empty();
    }
    int after = index.end(roots.get(roots.size() - 1));
    int seen = 0;
    for (int j = after; j < index.size() && seen < TEXT_DATE_LINES; j++) {
      if (index.ownText(j) > 0) {
        seen++;
        Optional<DateFinder.Dated> found = textDate(Texts.visibleText(index.element(j), MAX_TEXT_DATE + 1),
            index.element(j), true);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Finds a date written after a publication cue in a small block of the page ("Datum: 26. Januar
   * 2022", "Erschienen am: 13.10.2021") when the markup gives none or only a generic date tag.
   */
  private Optional<DateFinder.Dated> cuedDate() {
    List<DateFinder.Dated> found = new ArrayList<>();
    int blocks = 0;
    for (int i = 0; i < index.size() && blocks < CUE_BLOCKS; i++) {
      int text = index.ownText(i);
      if (text == 0) {
        continue;
      }
      blocks++;
      if (text <= MAX_TEXT_DATE && DateFinder.ownDateWithCue(index.element(i), metadata.monthFirst(), found)) {
        return Optional.of(found.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * Finds a date in the small block that holds the byline ("Paddy · April 19, 2019", "Dieser
   * Artikel wurde am 14. Dezember 2015 von Heiner veröffentlicht").
   */
  private Optional<DateFinder.Dated> dateNearByline(Found byline) {
    int element = index.indexOf(byline.element());
    if (element < 0) {
      return Optional.empty();
    }
    int holder = element;
    for (int e = element; e >= 0 && index.subtreeText(e) <= MAX_TEXT_DATE; e = index.parent(e)) {
      holder = e;
    }
    return textDate(Texts.visibleText(index.element(holder), MAX_TEXT_DATE + 1), index.element(holder), false);
  }

  private Optional<DateFinder.Dated> textDate(String text, Element element, boolean needCue) {
    if (text.length() > MAX_TEXT_DATE) {
      return Optional.empty();
    }
    Optional<DateText.Match> match = DateText.find(text, metadata.monthFirst());
    if (match.isEmpty()) {
      return Optional.empty();
    }
    String before = text.substring(0, match.get().start());
    if (DateCues.isModified(before) || (needCue && !DateCues.hasPublished(text))) {
      return Optional.empty();
    }
    String quote = text.substring(match.get().start(), match.get().end());
    return Optional.of(new DateFinder.Dated(match.get().date(),
        new Found(quote, "html.published.text", 0.4, element, true), false));
  }

  /** Places the headline line; returns its text, or null when the page has no headline. */
  private String placeHeadline(int headlineIndex) {
    if (metadata.title().isEmpty()) {
      return null;
    }
    Found title = metadata.title().get();
    if (headlineIndex >= 0) {
      Element heading = index.element(headlineIndex);
      List<Line> lines = TextAssembler.assembleElement(index, heading, source, Headings.kickers(heading));
      if (!lines.isEmpty()) {
        ReaderText.Placed placed = text.append(lines, title.element(), BlockKind.HEADLINE, title.value());
        String value = text.text().substring(placed.span().start(), placed.span().end());
        evidence.add(Evidences.inText("/headline", text.text(), placed.span(), title.rule(), title.confidence()));
        return value;
      }
    }
    ReaderText.Placed placed = text.appendValue(title.value(), title.element(), BlockKind.HEADLINE);
    evidence.add(Evidences.inText("/headline", text.text(), placed.span(), title.rule(), title.confidence()));
    return title.value();
  }

  /**
   * The element whose lines hold a metadata element: the nearest block (itself or an ancestor)
   * that holds little text; -1 when even the element itself holds more than a metadata line.
   */
  private int lineElement(int element) {
    for (int e = element; e >= 0; e = index.parent(e)) {
      if (index.subtreeText(e) > MAX_META_LINE) {
        return e == element ? -1 : element;
      }
      if (index.is(e, PageIndex.BLOCK)) {
        return e;
      }
    }
    return element;
  }

  private boolean within(int element, int ancestor) {
    return element >= ancestor && element < index.end(ancestor);
  }

  private boolean ownsLine(List<BodyLine> body, int element) {
    int holder = lineElement(element);
    if (holder < 0) {
      return false;
    }
    for (BodyLine line : body) {
      if (within(line.line().owner(), holder) || line.line().owner() == holder) {
        return true;
      }
    }
    return false;
  }

  private void placeMetaLine(int element, BlockKind kind, List<ReaderText.Placed> metaLines) {
    int holder = lineElement(element);
    if (holder < 0) {
      return;
    }
    List<Line> lines = TextAssembler.assembleElement(index, index.element(holder), source);
    if (!lines.isEmpty()) {
      metaLines.add(text.append(lines, index.element(holder), kind));
    }
  }

  private List<Section> placeBody(List<BodyLine> body, String headline, int bylineOwner, int dateOwner,
      List<ReaderText.Placed> metaLines, boolean hasByline) {
    BlockKind[] roles = roles(body, headline, bylineOwner, dateOwner, hasByline);
    List<Section> sections = new ArrayList<>();
    Span heading = null;
    List<Span> paragraphs = new ArrayList<>();
    for (int k = 0; k < body.size(); k++) {
      BlockKind role = roles[k];
      if (role == null) {
        continue;
      }
      Line line = body.get(k).line();
      Element element = index.element(line.owner());
      ReaderText.Placed placed = text.append(List.of(line), element, role);
      switch (role) {
        case BYLINE, DATELINE -> metaLines.add(placed);
        case HEADING -> {
          if (heading != null || !paragraphs.isEmpty()) {
            sections.add(Section.builder().heading(Optional.ofNullable(heading)).paragraphs(paragraphs).build());
          }
          heading = placed.span();
          paragraphs = new ArrayList<>();
        }
        case PARAGRAPH -> paragraphs.add(placed.span());
        default -> { }
      }
    }
    if (heading != null || !paragraphs.isEmpty()) {
      sections.add(Section.builder().heading(Optional.ofNullable(heading)).paragraphs(paragraphs).build());
    }
    return sections;
  }

  /**
   * Decides the role of every body line: paragraph, heading, byline, dateline, credit, or null
   * when the line is left out (boilerplate, a repeat of the headline, a label of a dropped link
   * list, a heading with nothing under it).
   */
  private BlockKind[] roles(List<BodyLine> body, String headline, int bylineOwner, int dateOwner,
      boolean hasByline) {
    int bylineHolder = bylineOwner >= 0 ? lineElement(bylineOwner) : -1;
    int dateHolder = dateOwner >= 0 ? lineElement(dateOwner) : -1;
    BlockKind[] roles = new BlockKind[body.size()];
    boolean seenHeadlineRepeat = false;
    for (int k = 0; k < body.size(); k++) {
      Line line = body.get(k).line();
      int owner = line.owner();
      String s = line.text();
      if (bylineHolder >= 0 && (within(owner, bylineHolder) || owner == bylineHolder) && s.length() <= MAX_META_LINE) {
        roles[k] = BlockKind.BYLINE;
      } else if (dateHolder >= 0 && (within(owner, dateHolder) || owner == dateHolder)
          && s.length() <= MAX_META_LINE) {
        roles[k] = bylineOwner < 0 && s.length() <= MAX_BYLINE_LINE && BylineCues.leadLength(s) > 0
            && bylineLine(line, s) ? BlockKind.BYLINE : BlockKind.DATELINE;
      } else if (!seenHeadlineRepeat && headline != null && Math.abs(s.length() - headline.length()) <= HEADLINE_SLACK
          && Texts.fold(s).equals(headline)) {
        seenHeadlineRepeat = true;
        roles[k] = null;
      } else if (isCaption(owner)) {
        roles[k] = BlockKind.CREDIT;
      } else {
        roles[k] = roleByText(body.get(k), k);
      }
    }
    dropEmptyHeadings(body, roles);
    if (!hasByline) {
      findSignature(body, roles);
    }
    return roles;
  }

  /**
   * Finds an author's signature closing the article: one of the last body lines that is only an
   * emphasised or right-aligned name ("<p><strong>Jane Doe</strong></p>"), or, a little further
   * up (before notes or a list of sources), a name after an author label ("Text: Jane Doe",
   * "Autorin: Jane Doe", "Von Jane Doe") or a name of two or three capitalised words in italics or
   * aligned right.
   */
  private void findSignature(List<BodyLine> body, BlockKind[] roles) {
    int checked = 0;
    for (int k = body.size() - 1; k >= 0 && checked < LABELLED_SIGNATURE_LINES; k--) {
      if (roles[k] != BlockKind.PARAGRAPH) {
        continue;
      }
      checked++;
      Line line = body.get(k).line();
      String s = line.text();
      if (s.length() <= MAX_BYLINE_LINE && BylineCues.leadLength(s) > 0) {
        Optional<String> labelled = BylineCleaner.fromLine(s).filter(n -> Texts.words(n) >= 2 && capitalised(n));
        if (labelled.isPresent()) {
          bodyByline = new Found(labelled.get(), "html.byline.signature", 0.5, index.element(line.owner()), true);
          roles[k] = BlockKind.BYLINE;
          return;
        }
      }
      boolean far = checked > SIGNATURE_LINES;
      if (far && (Texts.words(s) > 3 || !allCapitalised(s))) {
        continue;
      }
      if (s.length() > MAX_SIGNATURE || !BylineCleaner.nameLike(s) || !capitalised(s) || Texts.words(s) < 2
          || !signatureStyle(line, far)) {
        continue;
      }
      Optional<String> cleaned = BylineCleaner.clean(s);
      if (cleaned.isPresent()) {
        bodyByline = new Found(cleaned.get(), "html.byline.signature", 0.5, index.element(line.owner()), true);
        roles[k] = BlockKind.BYLINE;
        return;
      }
    }
  }

  /** Tells whether every word of a text starts with a capital letter. */
  private static boolean allCapitalised(String s) {
    for (String word : s.split(" ")) {
      if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether every word of a name starts with a capital letter, name particles aside. */
  private static boolean capitalised(String name) {
    for (String word : name.split(" ")) {
      if (!word.isEmpty() && !Character.isUpperCase(word.codePointAt(0)) && !BylineCues.PARTICLES.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a line is set apart as a signature: all emphasised, or aligned right; further
   * up from the end, where bold lines are often subheadings, only italics or right alignment.
   */
  private boolean signatureStyle(Line line, boolean italicOnly) {
    Element owner = index.element(line.owner());
    String align = Texts.lower(owner.attr("align") + " " + owner.attr("style"));
    if (align.contains("right")) {
      return true;
    }
    Element only = owner.childrenSize() == 1 ? owner.child(0) : null;
    for (int depth = 0; only != null && depth < 3; depth++) {
      String tag = only.normalName();
      boolean italic = "em".equals(tag) || "i".equals(tag);
      if (italic || !italicOnly && ("strong".equals(tag) || "b".equals(tag))) {
        return Texts.fold(only.text()).equals(Texts.fold(line.text()));
      }
      only = only.childrenSize() == 1 ? only.child(0) : null;
    }
    return false;
  }

  /** Tells whether a line is inside a small caption element (a large one is not a caption). */
  private boolean isCaption(int owner) {
    int depth = 0;
    for (int e = owner; e >= 0 && depth < CAPTION_DEPTH; e = index.parent(e), depth++) {
      if (index.is(e, PageIndex.CAPTION)) {
        return index.subtreeText(e) <= MAX_CAPTION;
      }
    }
    return false;
  }

  private BlockKind roleByText(BodyLine bodyLine, int position) {
    Line line = bodyLine.line();
    String s = line.text();
    if (position < BYLINE_LINES && s.length() <= MAX_BYLINE_LINE && BylineCues.leadLength(s) > 0
        && bylineLine(line, s)) {
      return BlockKind.BYLINE;
    }
    switch (BoilerplateLines.classify(s)) {
      case BOILERPLATE -> {
        return null;
      }
      case CREDIT -> {
        return BlockKind.CREDIT;
      }
      default -> { }
    }
    if (isDateOnly(s) || isDateLine(s)) {
      return BlockKind.DATELINE;
    }
    if (position < BYLINE_LINES && s.length() <= MAX_BYLINE_LINE && bylineLine(line, s)) {
      return BlockKind.BYLINE;
    }
    if (position < BYLINE_LINES && s.length() <= MAX_BYLINE_LINE && isDatedMetaLine(s)) {
      return BlockKind.DATELINE;
    }
    if (isListLabel(bodyLine)) {
      return null;
    }
    return index.is(line.owner(), PageIndex.HEADING) ? BlockKind.HEADING : BlockKind.PARAGRAPH;
  }

  /** Tells whether a line is a byline ("Von Jane Doe, dpa"); the first such line gives the body byline. */
  private boolean bylineLine(Line line, String s) {
    Optional<String> cleaned = BylineCleaner.fromLine(s);
    if (cleaned.isEmpty()) {
      return false;
    }
    if (bodyByline == null) {
      bodyByline = new Found(cleaned.get(), "html.byline.line", 0.6, index.element(line.owner()), true);
    }
    return true;
  }

  /**
   * Tells whether a line only introduces a list of links that was left out: a short heading, a
   * line ending with a colon, or a short line before several link lines.
   */
  private boolean isListLabel(BodyLine bodyLine) {
    Line line = bodyLine.line();
    if (bodyLine.droppedAfter() == 0 || line.visible() > MAX_LABEL_LINE || endsSentence(line.text())) {
      return false;
    }
    if ("li".equals(index.element(line.owner()).normalName())) {
      return false;
    }
    return index.is(line.owner(), PageIndex.HEADING) || line.text().endsWith(":") || bodyLine.droppedAfter() >= 2;
  }

  /** Leaves out headings with nothing under them (the label of a list that was left out). */
  private void dropEmptyHeadings(List<BodyLine> body, BlockKind[] roles) {
    for (int k = roles.length - 1; k >= 0; k--) {
      if (roles[k] != BlockKind.HEADING) {
        continue;
      }
      int level = level(body.get(k).line().owner());
      boolean empty = true;
      for (int j = k + 1; j < roles.length; j++) {
        if (roles[j] == BlockKind.PARAGRAPH) {
          empty = false;
          break;
        }
        if (roles[j] == BlockKind.HEADING) {
          empty = level(body.get(j).line().owner()) <= level;
          break;
        }
      }
      if (empty) {
        roles[k] = null;
      }
    }
  }

  private int level(int owner) {
    String tag = index.element(owner).normalName();
    return tag.length() == 2 && tag.charAt(0) == 'h' ? tag.charAt(1) - '0' : 7;
  }

  private static boolean endsSentence(String s) {
    char last = s.charAt(s.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D' || last == '\u00BB';
  }

  /** Tells whether a line states a publication or change date ("Posted on 12 May 2020"). */
  private boolean isDateLine(String line) {
    if (line.length() > MAX_DATE_LINE) {
      return false;
    }
    Optional<DateText.Match> match = DateText.find(line, metadata.monthFirst());
    if (match.isEmpty()) {
      return false;
    }
    String before = line.substring(0, match.get().start());
    return DateCues.hasPublished(before) || DateCues.isModified(before);
  }

  /**
   * Tells whether a line opens with a date followed by other post details set apart by bars or
   * dots ("January 13, 2020 at 08:45 AM | categories: News | View Comments").
   */
  private boolean isDatedMetaLine(String line) {
    Optional<DateText.Match> match = DateText.find(line, metadata.monthFirst());
    if (match.isEmpty() || match.get().start() > 2) {
      return false;
    }
    String rest = line.substring(match.get().end());
    return rest.contains(" | ") || rest.contains(" · ") || rest.contains(" • ");
  }

  /** Tells whether a line is nothing but a date (and perhaps a time or a short label). */
  private boolean isDateOnly(String line) {
    if (line.length() > 60) {
      return false;
    }
    Optional<DateText.Match> match = DateText.find(line, metadata.monthFirst());
    return match.isPresent() && (match.get().end() - match.get().start()) * 2 >= line.length();
  }

  private void metadataValues(Article.Builder article, String reader, HtmlTextLocator locator,
      Optional<Found> byline, Optional<DateFinder.Dated> date, List<ReaderText.Placed> metaLines) {
    metadata.title().ifPresent(t -> {
      ReaderText.Placed first = text.placed().get(0);
      article.headline(reader.substring(first.span().start(), first.span().end()));
    });
    byline.ifPresent(b -> {
      article.byline(b.value());
      evidence.add(valueEvidence("/byline", b, b.value(), reader, locator, metaLines));
    });
    date.ifPresent(d -> {
      article.published(d.date());
      evidence.add(valueEvidence("/published", d.found(), d.found().value(), reader, locator, metaLines));
    });
    metadata.siteName().ifPresent(s -> {
      article.outlet(s.value());
      evidence.add(outside("/outlet", s, locator));
    });
    Optional<Found> language = metadata.language();
    if (language.isPresent()) {
      article.language(language.get().value());
      evidence.add(outside("/language", language.get(), locator));
    } else {
      Optional<String> guessed = LanguageFinder.guess(reader);
      if (guessed.isPresent() && page.body() != null) {
        article.language(guessed.get());
        evidence.add(Evidences.outsideText("/language", guessed.get(), "html.language.content", 0.6,
            locator.locate(page.body())));
      }
    }
  }

  /** Evidence for a value: its span in a placed metadata line when it is there, else its markup. */
  private Evidence valueEvidence(String field, Found found, String quote, String reader, HtmlTextLocator locator,
      List<ReaderText.Placed> metaLines) {
    if (found.visible()) {
      for (ReaderText.Placed line : metaLines) {
        int at = reader.indexOf(quote, line.span().start());
        if (at >= 0 && at + quote.length() <= line.span().end()) {
          return Evidences.inText(field, reader, at, at + quote.length(), found.rule(), found.confidence());
        }
      }
    }
    return outside(field, found, locator);
  }

  private Evidence outside(String field, Found found, HtmlTextLocator locator) {
    HtmlLocator where = found.element() != null ? locator.locate(found.element())
        : locator.locate(page.selectFirst(HtmlTags.HTML) != null ? page.selectFirst(HtmlTags.HTML) : page.body());
    return Evidences.outsideText(field, found.value(), found.rule(), found.confidence(), where);
  }
}
