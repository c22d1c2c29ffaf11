package cn.kaichuang.followup;

/**
 * The sections (门类) of GB/T 4754-2017 that trainees' businesses fall into; the UI names them
 * ({@code followup.industry.<code>}). The code is the section letter, stored as is.
 */
public enum Industry {
    A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S;

    public static Industry of(String code) {
        return valueOf(code.strip().toUpperCase());
    }
}
