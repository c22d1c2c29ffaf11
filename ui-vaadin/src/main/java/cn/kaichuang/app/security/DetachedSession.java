package cn.kaichuang.app.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session that the servlet container never stores and never sends a cookie for: it exists
 * for one request ({@link SessionlessPwaResources}) and is invalidated when that request ends,
 * telling its attributes they were unbound as a real session would.
 */
final class DetachedSession implements HttpSession {

    private final ServletContext context;
    private final String id = UUID.randomUUID().toString();
    private final long created = System.currentTimeMillis();
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private volatile boolean used;
    private volatile boolean valid = true;
    private int maxInactiveInterval;

    DetachedSession(ServletContext context) {
        this.context = context;
    }

    boolean used() {
        return used;
    }

    DetachedSession use() {
        used = true;
        return this;
    }

    @Override
    public long getCreationTime() {
        return created;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public long getLastAccessedTime() {
        return created;
    }

    @Override
    public ServletContext getServletContext() {
        return context;
    }

    @Override
    public void setMaxInactiveInterval(int interval) {
        maxInactiveInterval = interval;
    }

    @Override
    public int getMaxInactiveInterval() {
        return maxInactiveInterval;
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        return Collections.enumeration(attributes.keySet());
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            removeAttribute(name);
            return;
        }
        Object previous = attributes.put(name, value);
        if (value != previous && value instanceof HttpSessionBindingListener listener) {
            listener.valueBound(new HttpSessionBindingEvent(this, name, value));
        }
        unbound(name, previous == value ? null : previous);
    }

    @Override
    public void removeAttribute(String name) {
        unbound(name, attributes.remove(name));
    }

    @Override
    public void invalidate() {
        if (!valid) {
            return;
        }
        valid = false;
        for (String name : attributes.keySet()) {
            removeAttribute(name);
        }
    }

    @Override
    public boolean isNew() {
        return true;
    }

    private void unbound(String name, Object value) {
        if (value instanceof HttpSessionBindingListener listener) {
            listener.valueUnbound(new HttpSessionBindingEvent(this, name, value));
        }
    }
}
