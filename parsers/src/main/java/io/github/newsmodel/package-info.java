/** newsmodel's front door: {@link io.github.newsmodel.NewsModel}. */
package io.github.newsmodel;
