package org.actionmap.shell;

import com.vaadin.flow.component.Component;

/**
 * Something a module puts in the header beside the user menu (the notification bell) without the shell knowing that
 * module: the module offers a bean of this type, and each page's header asks it for a new component.
 */
public interface HeaderItem {

    Component create();
}
