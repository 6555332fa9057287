/**
 * Copyright (c) Journey Studio contributors. Generated from journey.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.model.journey;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A phase of a journey (a column of the journey map), holding its steps in order.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.model.journey.Stage#getGoal <em>Goal</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Stage#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Stage#getMetricValues <em>Metric Values</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.model.journey.JourneyPackage#getStage()
 * @model
 * @generated
 */
public interface Stage extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer wants to get done in this stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goal</em>' attribute.
	 * @see #setGoal(String)
	 * @see org.journeystudio.model.journey.JourneyPackage#getStage_Goal()
	 * @model
	 * @generated
	 */
	String getGoal();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Stage#getGoal <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goal</em>' attribute.
	 * @see #getGoal()
	 * @generated
	 */
	void setGoal(String value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps of the stage in document (default flow) order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getStage_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

	/**
	 * Returns the value of the '<em><b>Metric Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.MetricValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target and actual values of metrics measured for the whole stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metric Values</em>' containment reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getStage_MetricValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<MetricValue> getMetricValues();

} // Stage
