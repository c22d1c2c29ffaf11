package cn.kaichuang.app.ui.outreach;

import cn.kaichuang.app.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** Form fields the curation views share. */
final class Fields {

    private Fields() {
    }

    static TextField text(Component owner, String key, int max) {
        TextField field = new TextField(owner.getTranslation(key));
        field.setMaxLength(max);
        field.setWidthFull();
        return field;
    }

    static TextArea area(Component owner, String key, int max) {
        TextArea field = new TextArea(owner.getTranslation(key));
        field.setMaxLength(max);
        field.setWidthFull();
        return field;
    }

    static DateTimePicker when(Component owner, String key, LocalDateTime initial) {
        DateTimePicker picker = new DateTimePicker(owner.getTranslation(key));
        picker.setStep(java.time.Duration.ofMinutes(30));
        picker.setValue(initial.truncatedTo(ChronoUnit.HOURS));
        return picker;
    }

    static @Nullable Instant instant(DateTimePicker picker) {
        return picker.getValue() == null ? null : picker.getValue().atZone(Formats.CHINA).toInstant();
    }

    static LocalDateTime nowInChina() {
        return LocalDateTime.now(Formats.CHINA);
    }

    static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    static Button primary(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
