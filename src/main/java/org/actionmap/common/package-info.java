/**
 * Shared kernel: the few types every module may use (user-facing refusals). Holds no domain.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.actionmap.common;
