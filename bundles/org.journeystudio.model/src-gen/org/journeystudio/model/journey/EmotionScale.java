/**
 * Copyright (c) Journey Studio contributors. Generated from journey.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.model.journey;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Emotion Scale</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The inclusive range of emotion values; min must be below max (JM009).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.model.journey.EmotionScale#getMin <em>Min</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.EmotionScale#getMax <em>Max</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.model.journey.JourneyPackage#getEmotionScale()
 * @model
 * @generated
 */
public interface EmotionScale extends EObject {
	/**
	 * Returns the value of the '<em><b>Min</b></em>' attribute.
	 * The default value is <code>"-2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most negative emotion a step can have.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min</em>' attribute.
	 * @see #setMin(int)
	 * @see org.journeystudio.model.journey.JourneyPackage#getEmotionScale_Min()
	 * @model default="-2"
	 * @generated
	 */
	int getMin();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.EmotionScale#getMin <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min</em>' attribute.
	 * @see #getMin()
	 * @generated
	 */
	void setMin(int value);

	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most positive emotion a step can have.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(int)
	 * @see org.journeystudio.model.journey.JourneyPackage#getEmotionScale_Max()
	 * @model default="2"
	 * @generated
	 */
	int getMax();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.EmotionScale#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(int value);

} // EmotionScale
