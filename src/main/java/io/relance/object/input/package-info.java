/** How the objects' and search profiles' bodies and forms are read, field by field. */
package io.relance.object.input;
