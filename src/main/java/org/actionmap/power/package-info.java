/**
 * Power: the power supply bureau's grid projects on the map (substations with dated milestones, power lines with
 * their geodesic length) and the power targets computed from them.
 */
package org.actionmap.power;
