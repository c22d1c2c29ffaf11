package cn.kaichuang.notification;

import cn.kaichuang.identity.Caller;
import java.util.List;

/**
 * What a feature has waiting for a person, implemented as a bean by the feature. Called with the
 * caller's institution (if any) in {@code TenantContext}; returns nothing for roles it does not
 * concern, and only non-zero counts.
 */
public interface TodoSource {

    List<Todo> todosFor(Caller caller);
}
