/** HTML pages: main-content extraction, markup metadata, and locators back into the markup. */
package io.github.newsmodel.html;
