/**
 * Editor screens for reference data: storylines (with their history), actors and topics. Controllers bind
 * to the input records of the events module and never see its entities.
 */
@org.jspecify.annotations.NullMarked
package org.ap4tracker.admin.reference;
