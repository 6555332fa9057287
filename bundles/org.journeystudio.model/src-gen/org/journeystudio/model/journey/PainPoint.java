/**
 * Copyright (c) Journey Studio contributors. Generated from journey.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.model.journey;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pain Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A problem the customer meets at a step.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.model.journey.PainPoint#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.PainPoint#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.model.journey.JourneyPackage#getPainPoint()
 * @model
 * @generated
 */
public interface PainPoint extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How badly it hurts, from 1 (minor) to 5 (critical) (JM005); severe pain points should cite evidence (JM104).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see #setSeverity(int)
	 * @see org.journeystudio.model.journey.JourneyPackage#getPainPoint_Severity()
	 * @model default="3"
	 * @generated
	 */
	int getSeverity();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.PainPoint#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(int value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The research that shows the pain point.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getPainPoint_Evidence()
	 * @model
	 * @generated
	 */
	EList<Evidence> getEvidence();

} // PainPoint
