/**
 * The demo city: seed data for the {@code demo} profile only. Everything here goes through the other modules'
 * public services; nothing else depends on this module.
 */
package org.actionmap.demo;
