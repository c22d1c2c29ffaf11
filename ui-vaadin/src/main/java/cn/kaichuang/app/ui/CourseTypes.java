package cn.kaichuang.app.ui;

import cn.kaichuang.cohort.CourseType;
import com.vaadin.flow.component.Component;

/**
 * A course type's name in the UI's language. The Chinese translations are the programme's own
 * names ({@link CourseType#chineseName()}); {@code TranslationsTest} keeps them equal.
 */
public final class CourseTypes {

    private CourseTypes() {
    }

    public static String name(Component component, CourseType type) {
        return component.getTranslation("course." + type.name());
    }
}
