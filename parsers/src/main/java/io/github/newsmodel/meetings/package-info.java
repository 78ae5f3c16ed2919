/** Meetings: who met whom, where, when, about what, held or planned, and how it is asserted. */
package io.github.newsmodel.meetings;
