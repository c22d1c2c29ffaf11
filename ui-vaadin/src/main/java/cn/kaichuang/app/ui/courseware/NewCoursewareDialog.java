package cn.kaichuang.app.ui.courseware;

import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.courseware.CoursewareCatalogue;
import cn.kaichuang.courseware.CoursewareId;
import cn.kaichuang.courseware.NewCourseware;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** The province enters a new courseware item; its files follow in the versions dialog. */
class NewCoursewareDialog extends Dialog {

    final TextField title = new TextField();
    final CheckboxGroup<CourseType> courseTypes = new CheckboxGroup<>();
    final TextField module = new TextField();
    final TextField knowledgePoint = new TextField();
    final TextArea description = new TextArea();

    NewCoursewareDialog(CoursewareCatalogue catalogue, Consumer<CoursewareId> created) {
        Feedback feedback = new Feedback(this, "courseware.error.forbidden");
        setHeaderTitle(getTranslation("courseware.new"));
        title.setLabel(getTranslation("courseware.title-field"));
        title.setMaxLength(200);
        title.setRequired(true);
        courseTypes.setLabel(getTranslation("courseware.course-types"));
        courseTypes.setItems(CourseType.values());
        courseTypes.setItemLabelGenerator(type -> CourseTypes.name(this, type));
        module.setLabel(getTranslation("courseware.module"));
        module.setMaxLength(100);
        module.setRequired(true);
        knowledgePoint.setLabel(getTranslation("courseware.knowledge-point"));
        knowledgePoint.setMaxLength(200);
        description.setLabel(getTranslation("courseware.description"));
        description.setMaxLength(2000);
        FormLayout form = new FormLayout(title, courseTypes, module, knowledgePoint, description);
        form.setColspan(description, 2);
        add(form);
        Button save = new Button(getTranslation("courseware.create"), click -> {
            CoursewareId id = feedback.attempt(() -> catalogue.create(new NewCourseware(title.getValue(),
                    courseTypes.getValue(), module.getValue(), knowledgePoint.getValue(), description.getValue())));
            if (id != null) {
                feedback.done("courseware.created", title.getValue().strip());
                close();
                created.accept(id);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(40rem, 100vw)");
    }
}
