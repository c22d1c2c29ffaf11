package cn.kaichuang.app.ui;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The root URL: sends each user on to the home view of their role. */
@Route("")
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN, Roles.INSTITUTION_ADMIN, Roles.LECTURER, Roles.EXPERT,
        Roles.MENTOR, Roles.TRAINEE})
public class HomeRedirect extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(Navigation.homeOf(CurrentUser.require()));
    }
}
