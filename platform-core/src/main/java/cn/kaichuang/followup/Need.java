package cn.kaichuang.followup;

/** What a trainee says they need next; several may apply. */
public enum Need {
    FUNDING, VENUE, POLICY, MENTORING, TRAINING, RECRUITMENT, MARKETING, LEGAL
}
