package cn.kaichuang.followup;

/** The two kinds of data an institution imports: business registrations (工商登记) and employment (就业登记). */
public enum ImportKind {
    BUSINESS, EMPLOYMENT
}
