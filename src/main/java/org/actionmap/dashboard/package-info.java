/**
 * The leaders' overview: a tile for every target grouped by task, charts, the thematic map and the month-by-month
 * replay of the plan year, all under one filter (task, place, unit, month); and the monthly report. Reads the plan,
 * land, power and site modules; nothing depends on it.
 */
package org.actionmap.dashboard;
