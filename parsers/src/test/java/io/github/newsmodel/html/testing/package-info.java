/** QuickTheories generators of HTML pages for the HTML parser's property tests. */
package io.github.newsmodel.html.testing;
