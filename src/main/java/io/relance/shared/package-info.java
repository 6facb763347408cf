/** Shared kernel: ids, time, errors (problem+json), paging. Depends on no business module. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.relance.shared;
