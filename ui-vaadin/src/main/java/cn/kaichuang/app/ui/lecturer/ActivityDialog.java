package cn.kaichuang.app.ui.lecturer;

import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.lecturer.ActivityMode;
import cn.kaichuang.lecturer.NewActivity;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The province publishes a development activity; every field is checked with a message on the field. */
class ActivityDialog extends Dialog {

    final TextField title = new TextField();
    final RadioButtonGroup<ActivityMode> mode = new RadioButtonGroup<>();
    final DateTimePicker starts = new DateTimePicker();
    final DateTimePicker ends = new DateTimePicker();
    final TextField location = new TextField();
    final IntegerField capacity = new IntegerField();
    final TextArea description = new TextArea();
    final Button confirm;

    ActivityDialog(Consumer<NewActivity> publish) {
        setHeaderTitle(getTranslation("development.publish"));
        title.setLabel(getTranslation("development.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        mode.setLabel(getTranslation("development.mode"));
        mode.setItems(ActivityMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("development.mode." + m.name()));
        mode.setValue(ActivityMode.OFFLINE);
        mode.addValueChangeListener(change -> location.setLabel(getTranslation(
                change.getValue() == ActivityMode.ONLINE ? "development.url" : "development.venue")));
        starts.setLabel(getTranslation("development.starts"));
        ends.setLabel(getTranslation("development.ends"));
        location.setLabel(getTranslation("development.venue"));
        location.setRequiredIndicatorVisible(true);
        location.setMaxLength(500);
        capacity.setLabel(getTranslation("development.capacity"));
        capacity.setMin(1);
        capacity.setValue(30);
        description.setLabel(getTranslation("development.description"));
        description.setMaxLength(2000);
        FormLayout form = new FormLayout(title, mode, starts, ends, location, capacity, description);
        form.setColspan(title, 2);
        form.setColspan(location, 2);
        form.setColspan(description, 2);
        add(form);
        confirm = new Button(getTranslation("development.publish"), click -> {
            NewActivity activity = validated();
            if (activity != null) {
                publish.accept(activity);
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        setWidth("min(44rem, 95vw)");
    }

    private @Nullable NewActivity validated() {
        title.setInvalid(false);
        location.setInvalid(false);
        ends.setInvalid(false);
        starts.setInvalid(false);
        capacity.setInvalid(false);
        boolean ok = true;
        if (title.getValue().isBlank()) {
            ok = invalid(title, "development.error.title");
        }
        String where = location.getValue().strip();
        if (where.isEmpty() || mode.getValue() == ActivityMode.ONLINE && !where.matches("(?i)https?://\\S+")) {
            ok = invalid(location, mode.getValue() == ActivityMode.ONLINE ? "development.error.url"
                    : "development.error.venue");
        }
        LocalDateTime from = starts.getValue();
        LocalDateTime to = ends.getValue();
        if (from == null) {
            starts.setErrorMessage(getTranslation("development.error.starts"));
            starts.setInvalid(true);
            ok = false;
        }
        if (to == null || from != null && !to.isAfter(from)) {
            ends.setErrorMessage(getTranslation("development.error.ends"));
            ends.setInvalid(true);
            ok = false;
        }
        Integer places = capacity.getValue();
        if (places == null || places < 1) {
            ok = invalid(capacity, "development.error.capacity");
        }
        if (!ok || from == null || to == null || places == null) {
            return null;
        }
        return new NewActivity(title.getValue(), mode.getValue(), from.atZone(Formats.CHINA).toInstant(),
                to.atZone(Formats.CHINA).toInstant(), where, places, description.getValue());
    }

    private boolean invalid(com.vaadin.flow.component.HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        return false;
    }
}
