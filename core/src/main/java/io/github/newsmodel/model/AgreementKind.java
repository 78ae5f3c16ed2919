package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of an instrument; the specific name goes into {@link Agreement#subject()}. */
public enum AgreementKind {
  /** A memorandum of understanding (MoU). */
  MEMORANDUM_OF_UNDERSTANDING("Memorandum of Understanding"),
  /** A memorandum of cooperation. */
  MEMORANDUM_OF_COOPERATION("Memorandum of Cooperation"),
  /** A memorandum of guidance. */
  MEMORANDUM_OF_GUIDANCE("Memorandum of Guidance"),
  /** A letter of intent. */
  LETTER_OF_INTENT("Letter of Intent"),
  /** A joint statement. */
  JOINT_STATEMENT("Joint Statement"),
  /** A joint declaration. */
  JOINT_DECLARATION("Joint Declaration"),
  /** A treaty. */
  TREATY("Treaty"),
  /** An agreement (air transport, defence cooperation, unspecified). */
  AGREEMENT("Agreement"),
  /** A cooperative arrangement. */
  COOPERATIVE_ARRANGEMENT("Cooperative Arrangement"),
  /** A protocol. */
  PROTOCOL("Protocol");

  private final String label;

  AgreementKind(String label) {
    this.label = label;
  }

  /**
   * Returns the label used in JSON.
   *
   * @return the label, such as {@code Letter of Intent}
   */
  @JsonValue
  public String label() {
    return label;
  }

  /**
   * Reads a kind from its label.
   *
   * @param label the label, such as {@code Letter of Intent}
   * @return the kind
   * @throws IllegalArgumentException for an unknown label
   */
  @JsonCreator
  public static AgreementKind fromLabel(String label) {
    for (AgreementKind kind : values()) {
      if (kind.label.equals(label)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown agreement kind: \"" + label + "\"");
  }
}
