/**
 * The Apache Spark job: {@link io.github.newsmodel.spark.SparkExtract} parses a directory of WARC,
 * JSON Lines, text and HTML files on a cluster into the same JSON Lines as {@code extract}, or into
 * Parquet.
 */
package io.github.newsmodel.spark;
