package io.storyline.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** HTML body → plain text whose lines are the page's blocks, ready for line-based junk removal. */
final class HtmlText {
  // Bounded attribute run: no backtracking blow-up on a '<' without '>'.
  private static final Pattern TAG =
      Pattern.compile(
          "</?(?:html|head|body|p|div|br|article|section|span|h[1-6]|ul|ol|li|table|tr|td|a|img|script"
              + "|style|nav|header|footer|aside|main|figure|figcaption|blockquote|em|strong|b|i)(?:[\\s/][^<>]{0,400})?>",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> DROPPED =
      Set.of(
          "script",
          "style",
          "nav",
          "header",
          "footer",
          "aside",
          "noscript",
          "iframe",
          "form",
          "button",
          "svg",
          "template",
          "select",
          "menu");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "article",
          "section",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "table",
          "tr",
          "td",
          "th",
          "blockquote",
          "figure",
          "figcaption",
          "pre",
          "dl",
          "dt",
          "dd",
          "hr",
          "address",
          "body",
          "caption");

  private HtmlText() {}

  /** Plain text rarely holds two tag-like runs; one is allowed ("use a <b> tag" in prose). */
  static boolean looksLikeHtml(String body) {
    String head = body.stripLeading();
    if (head.regionMatches(true, 0, "<!doctype", 0, 9)
        || head.regionMatches(true, 0, "<html", 0, 5)) {
      return true;
    }
    Matcher m = TAG.matcher(body);
    int found = 0;
    while (found < 2 && m.find()) {
      found++;
    }
    return found >= 2;
  }

  static String toText(String html) {
    Document doc = Jsoup.parse(html);
    for (String tag : DROPPED) {
      doc.select(tag).remove();
    }
    StringBuilder out = new StringBuilder(html.length() / 2);
    doc.body()
        .traverse(
            new NodeVisitor() {
              @Override
              public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                  out.append(text.text());
                } else if (node instanceof Element el) {
                  if (el.normalName().equals("br")) {
                    out.append('\n');
                  } else if (BLOCKS.contains(el.normalName())) {
                    out.append("\n\n");
                  }
                }
              }

              @Override
              public void tail(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                  out.append("\n\n");
                }
              }
            });
    return out.toString();
  }
}
