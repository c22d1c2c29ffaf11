package cn.kaichuang.review;

/** A member of the province's expert pool; {@code homeTenant} is the institution they belong to. */
public record Expert(String username, String name, String homeTenant, String specialities, boolean active) {
}
