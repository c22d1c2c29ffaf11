package cn.kaichuang.app.demo;

import cn.kaichuang.identity.Role;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The demo's logins, one per role, all with {@link #PASSWORD}. Institution-bound accounts
 * belong to the first demo institution; {@code lecturer1} and {@code trainee1} are linked by
 * username to its first lecturer and first trainee. Listed in the README.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "Kaichuang@2026";

    /**
     * @param displayName null for accounts named after the lecturer or trainee record they are linked to
     */
    public record DemoAccount(String username, Role role, @Nullable String displayName, @Nullable String regionCode) {
    }

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("province", Role.PROVINCE_ADMIN, "省级管理员 周建国", null),
            new DemoAccount("changsha", Role.PREFECTURE_ADMIN, "长沙市管理员 陈晓燕", "430100"),
            new DemoAccount("admin1", Role.INSTITUTION_ADMIN, "机构管理员 刘海涛", null),
            new DemoAccount("lecturer1", Role.LECTURER, null, null),
            new DemoAccount("expert1", Role.EXPERT, "考评专家 黄振宇", null),
            new DemoAccount("mentor1", Role.MENTOR, "创业导师 曾凡荣", null),
            new DemoAccount("trainee1", Role.TRAINEE, null, null));

    private DemoAccounts() {
    }

    public static DemoAccount of(Role role) {
        return ALL.stream().filter(account -> account.role() == role).findFirst().orElseThrow();
    }
}
