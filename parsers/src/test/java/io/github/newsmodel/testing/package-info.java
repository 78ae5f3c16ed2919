/** Test generators (QuickTheories) shared by the property tests. */
package io.github.newsmodel.testing;
