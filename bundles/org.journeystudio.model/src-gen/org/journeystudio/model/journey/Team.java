/**
 * Copyright (c) Journey Studio contributors. Generated from journey.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.model.journey;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Team</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group in the organisation that owns steps, support actions or opportunities.
 * <!-- end-model-doc -->
 *
 *
 * @see org.journeystudio.model.journey.JourneyPackage#getTeam()
 * @model
 * @generated
 */
public interface Team extends NamedElement {
} // Team
