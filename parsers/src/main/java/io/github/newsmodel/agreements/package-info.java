/** Agreements: memoranda, letters of intent, joint statements, treaties and their parties. */
package io.github.newsmodel.agreements;
