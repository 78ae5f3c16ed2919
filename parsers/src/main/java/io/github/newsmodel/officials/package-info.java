/** Officials: names, honorifics, titles, organisations, countries, mentions and identity. */
package io.github.newsmodel.officials;
