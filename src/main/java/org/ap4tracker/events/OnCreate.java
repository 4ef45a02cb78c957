package org.ap4tracker.events;

import jakarta.validation.groups.Default;

/**
 * The validation group for a form that creates something: on top of every other rule, the public key
 * (a slug or an actor code) must be given, since it cannot be changed once created.
 */
public interface OnCreate extends Default {
}
