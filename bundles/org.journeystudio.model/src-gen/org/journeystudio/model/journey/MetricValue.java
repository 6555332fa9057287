/**
 * Copyright (c) Journey Studio contributors. Generated from journey.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.model.journey;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The target and actual value of a metric at a stage or step; both must lie within the metric's range (JM006).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.model.journey.MetricValue#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.MetricValue#getTarget <em>Target</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.MetricValue#getActual <em>Actual</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.model.journey.JourneyPackage#getMetricValue()
 * @model
 * @generated
 */
public interface MetricValue extends EObject {
	/**
	 * Returns the value of the '<em><b>Metric</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The metric measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metric</em>' reference.
	 * @see #setMetric(Metric)
	 * @see org.journeystudio.model.journey.JourneyPackage#getMetricValue_Metric()
	 * @model required="true"
	 * @generated
	 */
	Metric getMetric();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.MetricValue#getMetric <em>Metric</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' reference.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(Metric value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value aimed for; unset when there is no target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #isSetTarget()
	 * @see #unsetTarget()
	 * @see #setTarget(double)
	 * @see org.journeystudio.model.journey.JourneyPackage#getMetricValue_Target()
	 * @model unsettable="true"
	 * @generated
	 */
	double getTarget();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.MetricValue#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #isSetTarget()
	 * @see #unsetTarget()
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(double value);

	/**
	 * Unsets the value of the '{@link org.journeystudio.model.journey.MetricValue#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTarget()
	 * @see #getTarget()
	 * @see #setTarget(double)
	 * @generated
	 */
	void unsetTarget();

	/**
	 * Returns whether the value of the '{@link org.journeystudio.model.journey.MetricValue#getTarget <em>Target</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Target</em>' attribute is set.
	 * @see #unsetTarget()
	 * @see #getTarget()
	 * @see #setTarget(double)
	 * @generated
	 */
	boolean isSetTarget();

	/**
	 * Returns the value of the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value measured; unset when not yet measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actual</em>' attribute.
	 * @see #isSetActual()
	 * @see #unsetActual()
	 * @see #setActual(double)
	 * @see org.journeystudio.model.journey.JourneyPackage#getMetricValue_Actual()
	 * @model unsettable="true"
	 * @generated
	 */
	double getActual();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.MetricValue#getActual <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual</em>' attribute.
	 * @see #isSetActual()
	 * @see #unsetActual()
	 * @see #getActual()
	 * @generated
	 */
	void setActual(double value);

	/**
	 * Unsets the value of the '{@link org.journeystudio.model.journey.MetricValue#getActual <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetActual()
	 * @see #getActual()
	 * @see #setActual(double)
	 * @generated
	 */
	void unsetActual();

	/**
	 * Returns whether the value of the '{@link org.journeystudio.model.journey.MetricValue#getActual <em>Actual</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Actual</em>' attribute is set.
	 * @see #unsetActual()
	 * @see #getActual()
	 * @see #setActual(double)
	 * @generated
	 */
	boolean isSetActual();

} // MetricValue
