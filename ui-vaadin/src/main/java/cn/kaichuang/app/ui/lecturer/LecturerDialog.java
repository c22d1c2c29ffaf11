package cn.kaichuang.app.ui.lecturer;

import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.DuplicateQualificationException;
import cn.kaichuang.cohort.LecturerView;
import cn.kaichuang.cohort.NewLecturer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Registers or edits a lecturer. The qualification certificate number is required and unique in
 * the institution; a taken number is reported on its field and nothing is saved. The phone is
 * never shown again: left empty on edit, the one on record stays.
 */
class LecturerDialog extends Dialog {

    /** Saves the lecturer; may throw {@link DuplicateQualificationException}. */
    interface Save {
        void save(NewLecturer lecturer);
    }

    final TextField name = new TextField();
    final TextField qualification = new TextField();
    final TextField phone = new TextField();
    final TextField username = new TextField();
    final CheckboxGroup<CourseType> courseTypes = new CheckboxGroup<>();
    final Button confirm;

    LecturerDialog(@Nullable LecturerView existing, Save save, Consumer<NewLecturer> saved) {
        setHeaderTitle(getTranslation(existing == null ? "lecturers.register" : "lecturers.edit"));
        name.setLabel(getTranslation("lecturers.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(100);
        qualification.setLabel(getTranslation("lecturers.qualification"));
        qualification.setRequiredIndicatorVisible(true);
        qualification.setMaxLength(64);
        phone.setLabel(getTranslation("lecturers.phone"));
        phone.setMaxLength(20);
        if (existing != null) {
            phone.setHelperText(getTranslation("lecturers.phone.keep"));
        }
        username.setLabel(getTranslation("lecturers.username"));
        username.setMaxLength(64);
        courseTypes.setLabel(getTranslation("lecturers.course-types"));
        courseTypes.setItems(CourseType.values());
        courseTypes.setItemLabelGenerator(t -> CourseTypes.name(this, t));
        if (existing != null) {
            name.setValue(existing.name());
            qualification.setValue(existing.qualificationNo());
            username.setValue(existing.username() == null ? "" : existing.username());
            courseTypes.setValue(existing.courseTypes());
        }
        FormLayout form = new FormLayout(name, qualification, phone, username, courseTypes);
        form.setColspan(courseTypes, 2);
        add(form);
        confirm = new Button(getTranslation("lecturers.save"), click -> {
            NewLecturer lecturer = validated();
            if (lecturer == null) {
                return;
            }
            try {
                save.save(lecturer);
            } catch (DuplicateQualificationException e) {
                qualification.setErrorMessage(getTranslation("lecturers.error.duplicate"));
                qualification.setInvalid(true);
                return;
            }
            close();
            saved.accept(lecturer);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        setWidth("min(40rem, 95vw)");
    }

    private @Nullable NewLecturer validated() {
        name.setInvalid(false);
        qualification.setInvalid(false);
        phone.setInvalid(false);
        boolean ok = true;
        if (name.getValue().isBlank()) {
            name.setErrorMessage(getTranslation("lecturers.error.name"));
            name.setInvalid(true);
            ok = false;
        }
        if (qualification.getValue().isBlank()) {
            qualification.setErrorMessage(getTranslation("lecturers.error.qualification"));
            qualification.setInvalid(true);
            ok = false;
        }
        String number = phone.getValue().strip();
        if (!number.isEmpty() && !number.matches("[0-9+\\- ]{5,20}")) {
            phone.setErrorMessage(getTranslation("lecturers.error.phone"));
            phone.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return null;
        }
        String login = username.getValue().strip();
        return new NewLecturer(name.getValue(), number.isEmpty() ? null : number, qualification.getValue(),
                courseTypes.getValue(), login.isEmpty() ? null : login);
    }
}
