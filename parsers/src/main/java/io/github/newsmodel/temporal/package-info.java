/** Date expressions: recognition, normalisation and resolution against a reference date. */
package io.github.newsmodel.temporal;
