package cn.kaichuang.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.identity.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        assertThat(load("translations_en").stringPropertyNames())
                .isEqualTo(load("translations_zh_CN").stringPropertyNames());
        // The fallback bundle is the Chinese one, text for text (an English block once slipped into it).
        assertThat(load("translations")).isEqualTo(load("translations_zh_CN"));
    }

    @Test
    void chineseCourseNamesAreTheProgrammesOwn() throws IOException {
        Properties zh = load("translations_zh_CN");
        for (CourseType type : CourseType.values()) {
            assertThat(zh.getProperty("course." + type.name())).isEqualTo(type.chineseName());
        }
    }

    @Test
    void everyRoleHasANameAndAConstant() throws IOException {
        Properties zh = load("translations_zh_CN");
        String[] constants = Arrays.stream(Roles.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers())).map(TranslationsTest::value).toArray(String[]::new);
        assertThat(constants).containsExactlyInAnyOrder(Arrays.stream(Role.values()).map(Role::name)
                .toArray(String[]::new));
        for (Role role : Role.values()) {
            assertThat(zh.getProperty("role." + role.name())).isNotBlank();
        }
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
